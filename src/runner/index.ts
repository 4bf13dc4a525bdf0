/**
 * Running a user's metrics script: loading it (TypeScript included), giving
 * its handler a typed context, and writing `metrics.binproto` atomically.
 * @module
 */

export type { BaseContext, BatchContext, MetricsContext, ReportContext, TestContext } from "./context.ts";
export { createContext } from "./context.ts";
export { chooseHandler, defineMetrics, type Handler, type HandlerChoice, type MetricsHandlers, type MetricsScript, ScriptContractError } from "./define.ts";
export { createLogger, type Logger, type LoggerOptions } from "./logger.ts";
export { createOutputFolder, OutputError, writeFileAtomic } from "./output_files.ts";
export { METRICS_FILE, runMetricsScript, type RunOptions, type RunSummary } from "./run.ts";
export { ScriptError } from "./script_error.ts";
export { loadScript, type LoadedScript, type LoadScriptOptions, SCRIPT_EXTENSIONS, ScriptLoadError } from "./script_loader.ts";
export { alignedIndex, type Position, SourcePositions } from "./source_positions.ts";
export { type CompiledScript, compileTypeScript } from "./typescript.ts";
export { explainUserError, type UserError } from "./user_stack.ts";
