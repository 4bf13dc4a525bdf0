/**
 * Report mode: `report_config.json` in the inputs folder asks for test-suite
 * report metrics, a view of one suite over time fetched from the ReSim API.
 * @module
 */

import { ConfigFields } from "./_config_fields.ts";
import { type ConfigMode, loadConfigMode } from "./_config_mode.ts";
import type { Secret } from "./secret.ts";

/** The file whose presence selects report mode. */
export const REPORT_CONFIG_FILE = "report_config.json";

/** The parsed `report_config.json`. Unknown fields are ignored. */
export interface ReportConfig {
  /** Bearer token for the API; prints as `[redacted]`. */
  readonly authToken: Secret;
  /** API base URL including the version prefix, e.g. `https://api.resim.ai/v1`. */
  readonly apiURL: string;
  /** The report to compute. */
  readonly reportID: string;
  /** The project owning the report. */
  readonly projectID: string;
}

/**
 * Parses the text of a report config; `path` names it in errors.
 * @throws {InputError} when the JSON is malformed or a field is missing or wrong.
 */
export function parseReportConfig(text: string, path: string): ReportConfig {
  const fields = new ConfigFields(text, path);
  return {
    authToken: fields.secret("authToken"),
    apiURL: fields.httpUrl("apiURL"),
    reportID: fields.uuid("reportID"),
    projectID: fields.uuid("projectID"),
  };
}

/** Report mode as selected: where its config is and what it says. */
export type ReportMode = ConfigMode<"report", ReportConfig>;

/** Reads and parses the report config in `inputsDir`. */
export function loadReportMode(inputsDir: string): Promise<ReportMode> {
  return loadConfigMode("report", inputsDir, REPORT_CONFIG_FILE, parseReportConfig);
}
