/**
 * Mode detection: which of test, batch and report mode the inputs folder asks
 * for. {@link listInputs} looks at the folder; {@link detectMode} decides,
 * purely, from what was found.
 * @module
 */

import { join } from "node:path";
import { stat } from "../files/index.ts";
import { BATCH_CONFIG_FILE } from "./batch.ts";
import { REPORT_CONFIG_FILE } from "./report.ts";
import { EXPERIENCE_DIR, LOGS_DIR } from "./test.ts";
import type { ModeName } from "./mode_names.ts";

/** What the inputs folder holds, as far as detection cares. */
export interface InputsListing {
  /** Absolute path of the folder looked at. */
  readonly inputsDir: string;
  /** Whether the folder itself exists. */
  readonly exists: boolean;
  /** `report_config.json` is a regular file. */
  readonly reportConfig: boolean;
  /** `batch_metrics_config.json` is a regular file. */
  readonly batchConfig: boolean;
  /** `experience/` is a folder. */
  readonly experienceDir: boolean;
  /** `logs/` is a folder. */
  readonly logsDir: boolean;
}

/** The mode chosen, and anything surprising about the choice. */
export interface ModeDetection {
  readonly mode: ModeName;
  /** One-line warnings to show the user, e.g. when both configs are present. */
  readonly warnings: readonly string[];
}

/** No mode could be chosen; the message lists what was looked for. */
export class ModeDetectionError extends Error {
  override name = "ModeDetectionError";
  /** The inputs folder that was examined. */
  readonly inputsDir: string;

  constructor(message: string, inputsDir: string) {
    super(message);
    this.inputsDir = inputsDir;
  }
}

async function kindOf(path: string): Promise<"file" | "folder" | undefined> {
  try {
    const stats = await stat(path);
    if (stats.isFile()) return "file";
    return stats.isDirectory() ? "folder" : undefined;
  } catch {
    return undefined;
  }
}

/** Looks at `inputsDir` for the files and folders that select a mode. */
export async function listInputs(inputsDir: string): Promise<InputsListing> {
  const [folder, report, batch, experience, logs] = await Promise.all([
    kindOf(inputsDir),
    ...[REPORT_CONFIG_FILE, BATCH_CONFIG_FILE, EXPERIENCE_DIR, LOGS_DIR].map((name) => kindOf(join(inputsDir, name))),
  ]);
  return {
    inputsDir,
    exists: folder === "folder",
    reportConfig: report === "file",
    batchConfig: batch === "file",
    experienceDir: experience === "folder",
    logsDir: logs === "folder",
  };
}

/**
 * Chooses the mode: report if `report_config.json` is present, else batch if
 * `batch_metrics_config.json` is, else test if `experience/` or `logs/` is.
 * `forced` (the `--mode` flag) overrides detection, but batch and report
 * still need their config.
 * @throws {ModeDetectionError} when nothing selects a mode or a forced mode lacks its config.
 */
export function detectMode(listing: InputsListing, forced?: ModeName): ModeDetection {
  const { inputsDir } = listing;
  if (!listing.exists) {
    throw new ModeDetectionError(`Cannot detect the mode: inputs folder "${inputsDir}" does not exist (pass --inputs to use another folder)`, inputsDir);
  }
  if (forced !== undefined) {
    const hasConfig = { test: true, batch: listing.batchConfig, report: listing.reportConfig }[forced];
    if (!hasConfig) {
      const file = forced === "batch" ? BATCH_CONFIG_FILE : REPORT_CONFIG_FILE;
      throw new ModeDetectionError(`Cannot use ${forced} mode: "${join(inputsDir, file)}" is not a file`, inputsDir);
    }
    return { mode: forced, warnings: [] };
  }
  if (listing.reportConfig) {
    const warnings = listing.batchConfig ? [`Both "${REPORT_CONFIG_FILE}" and "${BATCH_CONFIG_FILE}" are present in "${inputsDir}": using report mode`] : [];
    return { mode: "report", warnings };
  }
  if (listing.batchConfig) return { mode: "batch", warnings: [] };
  if (listing.experienceDir || listing.logsDir) return { mode: "test", warnings: [] };
  throw new ModeDetectionError(
    `Cannot detect the mode: "${inputsDir}" holds none of ${REPORT_CONFIG_FILE} (report mode), ${BATCH_CONFIG_FILE} (batch mode), ${EXPERIENCE_DIR}/ or ${LOGS_DIR}/ (test mode)`,
    inputsDir,
  );
}
