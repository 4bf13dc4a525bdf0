/**
 * Test mode: the inputs folder holds `experience/` (what the test ran on) and
 * `logs/` (what it produced); the script computes the metrics of that one test.
 * @module
 */

import { join } from "node:path";

/** The inputs subfolder holding the experience data of the test. */
export const EXPERIENCE_DIR = "experience";
/** The inputs subfolder holding the logs the test produced. */
export const LOGS_DIR = "logs";

/** Test mode as selected: where the test's files are. */
export interface TestMode {
  readonly mode: "test";
  /** Absolute path of the inputs folder. */
  readonly inputsDir: string;
  /** Absolute path of `{inputsDir}/experience` (it may be missing when only logs were given). */
  readonly experienceDir: string;
  /** Absolute path of `{inputsDir}/logs` (it may be missing when only the experience was given). */
  readonly logsDir: string;
}

/** Test mode over `inputsDir`. */
export function testMode(inputsDir: string): TestMode {
  return { mode: "test", inputsDir, experienceDir: join(inputsDir, EXPERIENCE_DIR), logsDir: join(inputsDir, LOGS_DIR) };
}
