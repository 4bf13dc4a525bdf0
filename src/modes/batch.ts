/**
 * Batch mode: `batch_metrics_config.json` in the inputs folder asks for
 * metrics over every test of one batch, fetched from the ReSim API.
 * @module
 */

import { ConfigFields } from "./_config_fields.ts";
import { type ConfigMode, loadConfigMode } from "./_config_mode.ts";
import type { Secret } from "./secret.ts";

/** The file whose presence selects batch mode. */
export const BATCH_CONFIG_FILE = "batch_metrics_config.json";

/** The parsed `batch_metrics_config.json`. Unknown fields are ignored. */
export interface BatchConfig {
  /** Bearer token for the API; prints as `[redacted]`. */
  readonly authToken: Secret;
  /** API base URL including the version prefix, e.g. `https://api.resim.ai/v1`. */
  readonly apiURL: string;
  /** The batch whose tests' metrics to aggregate. */
  readonly batchID: string;
  /**
   * The project owning the batch: every API path is under it. Configs the
   * platform wrote before 2025 lack it; they are rejected with an error
   * naming the field, rather than failing at the first API call.
   */
  readonly projectID: string;
}

/**
 * Parses the text of a batch config; `path` names it in errors.
 * @throws {InputError} when the JSON is malformed or a field is missing or wrong.
 */
export function parseBatchConfig(text: string, path: string): BatchConfig {
  const fields = new ConfigFields(text, path);
  return {
    authToken: fields.secret("authToken"),
    apiURL: fields.httpUrl("apiURL"),
    batchID: fields.uuid("batchID"),
    projectID: fields.uuid("projectID"),
  };
}

/** Batch mode as selected: where its config is and what it says. */
export type BatchMode = ConfigMode<"batch", BatchConfig>;

/** Reads and parses the batch config in `inputsDir`. */
export function loadBatchMode(inputsDir: string): Promise<BatchMode> {
  return loadConfigMode("batch", inputsDir, BATCH_CONFIG_FILE, parseBatchConfig);
}
