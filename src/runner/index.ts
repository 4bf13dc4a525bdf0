/**
 * Running a user's metrics script: loading it (TypeScript included), giving
 * its handler a typed context (with the batch or report data it reads, from
 * the API or a fetched folder), and writing `metrics.binproto` atomically.
 * @module
 */

export type { BaseContext, BatchContext, DataOptions, MetricsContext, ReportContext, TestContext } from "./context.ts";
export { createContext } from "./context.ts";
export { batchData, type BatchData, type JobsOptions } from "./batch_data.ts";
export { reportData, type ReportData } from "./report_data.ts";
export { type ApiAccess, type DataError, isDataError, sourceOpener } from "./data_source.ts";
export { selectReplay } from "./replay.ts";
export { chooseHandler, defineMetrics, type Handler, type HandlerChoice, type MetricsHandlers, type MetricsScript, ScriptContractError } from "./define.ts";
export { createLogger, type Logger, type LoggerOptions } from "./logger.ts";
export { createOutputFolder, OutputError, writeOutputFile } from "./output_files.ts";
export { type BuiltInScript, runMetricsScript, type RunOptions, type RunScript, type RunSettings, type RunSummary } from "./run.ts";
export { ScriptError } from "./script_error.ts";
export { loadScript, type LoadedScript, type LoadScriptOptions, SCRIPT_EXTENSIONS, ScriptLoadError } from "./script_loader.ts";
export { alignedIndex, type Position, SourcePositions } from "./source_positions.ts";
export { type CompiledScript, compileTypeScript } from "./typescript.ts";
export { explainUserError, type UserError } from "./user_stack.ts";
