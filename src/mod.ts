/**
 * The module metrics scripts import as `resim-metrics`: the SDK (writer,
 * metric types, data, events), the Metrics 2.0 `Emitter` and `emit`,
 * `defineMetrics`, and the types of the context
 * each mode's handler receives, including the API records batch and report
 * handlers read.
 * @module
 */

export * from "./sdk/index.ts";
export {
  DEFAULT_EMISSIONS_PATH,
  emit,
  Emitter,
  ReSimValidationError,
  type DefaultEventTopics,
  type DefaultTopics,
  type EmissionData,
  type EmissionEventTopics,
  type EmissionTimestamp,
  type EmissionTimestamps,
  type EmissionTopics,
  type EmitOptions,
  type EmitterOptions,
  type SeriesData,
  type ValidationContext,
} from "./emissions/index.ts";
export { ConfigError, ConfigReadError, type ConfigPathSegment, type ConfigProblem, type SourceLocation } from "./config/index.ts";
// From the runner's files rather than its index: the type declarations
// printed by `resim-metrics types` then stay free of the loader's Node types.
export type { BaseContext, BatchContext, MetricsContext, ReportContext, TestContext } from "./runner/context.ts";
export { defineMetrics, type Handler, type MetricsHandlers, type MetricsScript } from "./runner/define.ts";
export type { Logger } from "./runner/logger.ts";
export type { BatchData, JobsOptions } from "./runner/batch_data.ts";
export type { ReportData } from "./runner/report_data.ts";
export type { BatchConfig, ReportConfig, Secret } from "./modes/index.ts";
export type { UnpackedJob } from "./api/unpacked_job.ts";
export type { FetchedReport, ReportBatch, ReportJob } from "./api/report.ts";
/** The ReSim API's records (`Api.Job`, `Api.Batch`, `Api.JobMetric`, …), as its OpenAPI contract defines them. */
export type * as Api from "./api/gen/customerapi.ts";
