/**
 * Selecting the mode of a run: detection plus the mode's own inputs (the
 * parsed config for batch and report, the folders for test).
 * @module
 */

import { type BatchMode, loadBatchMode } from "./batch.ts";
import { detectMode, listInputs } from "./detect.ts";
import type { ModeName } from "./mode_names.ts";
import { loadReportMode, type ReportMode } from "./report.ts";
import { type TestMode, testMode } from "./test.ts";

/** One mode with its inputs, discriminated by `mode`. */
export type ModeInputs = TestMode | BatchMode | ReportMode;

/** The mode a run uses, with its inputs and any warnings from detection. */
export type SelectedMode = ModeInputs & {
  /** One-line warnings to show the user. */
  readonly warnings: readonly string[];
};

/**
 * Detects the mode of `inputsDir` (or uses `forced`) and loads its inputs.
 * @throws {ModeDetectionError} when no mode applies.
 * @throws {InputError} when the config is unreadable or malformed.
 */
export async function selectMode(inputsDir: string, forced?: ModeName): Promise<SelectedMode> {
  const { mode, warnings } = detectMode(await listInputs(inputsDir), forced);
  switch (mode) {
    case "test":
      return { ...testMode(inputsDir), warnings };
    case "batch":
      return { ...(await loadBatchMode(inputsDir)), warnings };
    case "report":
      return { ...(await loadReportMode(inputsDir)), warnings };
  }
}
