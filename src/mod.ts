/**
 * The module metrics scripts import as `resim-metrics`: the SDK (writer,
 * metric types, data, events), `defineMetrics`, and the types of the context
 * each mode's handler receives.
 * @module
 */

export * from "./sdk/index.ts";
// From the runner's files rather than its index: the type declarations
// printed by `resim-metrics types` then stay free of the loader's Node types.
export type { BaseContext, BatchContext, MetricsContext, ReportContext, TestContext } from "./runner/context.ts";
export { defineMetrics, type Handler, type MetricsHandlers, type MetricsScript } from "./runner/define.ts";
export type { Logger } from "./runner/logger.ts";
export type { BatchConfig, ReportConfig, Secret } from "./modes/index.ts";
