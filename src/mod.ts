/**
 * The module metrics scripts import as `resim-metrics`: the SDK (writer,
 * metric types, data, events), `defineMetrics`, and the types of the context
 * each mode's handler receives.
 * @module
 */

export * from "./sdk/index.ts";
export {
  type BaseContext,
  type BatchContext,
  defineMetrics,
  type Handler,
  type Logger,
  type MetricsContext,
  type MetricsHandlers,
  type MetricsScript,
  type ReportContext,
  type TestContext,
} from "./runner/index.ts";
export type { BatchConfig, ReportConfig, Secret } from "./modes/index.ts";
