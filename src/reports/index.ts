/**
 * Report metrics that ship with resim-metrics: the default report, run by
 * `resim-metrics run --default-report` with no script of the user's.
 * @module
 */

export { addDefaultReportMetrics, defaultReportScript } from "./default_report.ts";
export { batchStatus, shownJobStatuses, statusColors } from "./batch_status.ts";
