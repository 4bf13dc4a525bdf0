/**
 * The inputs of a metrics build: where the folders are, which mode the
 * inputs folder selects, and the typed configs of batch and report mode.
 * Tokens are wrapped in {@link Secret} so that they never print.
 * @module
 */

export { BATCH_CONFIG_FILE, type BatchConfig, type BatchMode, loadBatchMode, parseBatchConfig } from "./batch.ts";
export { detectMode, type InputsListing, listInputs, type ModeDetection, ModeDetectionError } from "./detect.ts";
export {
  DEFAULT_INPUTS_DIR,
  type FolderFlags,
  type Folders,
  INPUTS_DIR_ENV,
  OUTPUTS_DIR_ENV,
  resolveFolders,
} from "./folders.ts";
export { InputError } from "./input_error.ts";
export { MODE_NAMES, type ModeName } from "./mode_names.ts";
export { parseInputJson, readInputBytes, readInputJson, readInputText } from "./input_files.ts";
export { loadReportMode, parseReportConfig, REPORT_CONFIG_FILE, type ReportConfig, type ReportMode } from "./report.ts";
export { REDACTED, redactSecrets, Secret } from "./secret.ts";
export { type ModeInputs, type SelectedMode, selectMode } from "./select.ts";
export { EXPERIENCE_DIR, LOGS_DIR, type TestMode, testMode } from "./test.ts";
