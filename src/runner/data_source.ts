/**
 * Where a run's batch and report data comes from: the ReSim API its config
 * names, or a folder saved by `resim-metrics fetch` (`run --from`). The
 * source is opened on first use, so a handler that reads no data makes no
 * request; and the errors it fails with are told apart from the script's own.
 * @module
 */

import { ApiError } from "../api/error.ts";
import { FolderError, folderSource } from "../api/folder_source.ts";
import type { MetricsSource } from "../api/source.ts";
import { UnusableResponseError } from "../api/unusable_response_error.ts";
import type { Secret } from "../modes/index.ts";
import type { Logger } from "./logger.ts";

/** What the API source needs from a batch or report config (checked when the config was parsed). */
export interface ApiAccess {
  readonly apiURL: string;
  readonly authToken: Secret;
}

/**
 * A function resolving to the source, created on its first call: a folder
 * source when `from` is set, otherwise an API client for `access` whose
 * warnings go to `log`.
 */
export function sourceOpener(access: ApiAccess, from: string | undefined, log: Logger): () => Promise<MetricsSource> {
  let source: Promise<MetricsSource> | undefined;
  const open = async (): Promise<MetricsSource> => {
    if (from !== undefined) return folderSource(from);
    // The HTTP client loads only when a handler reads data.
    const { createClient, httpSource } = await import("../api/index.ts");
    return httpSource(createClient({ apiURL: access.apiURL, token: access.authToken.reveal(), onWarning: (warning) => log.warn(warning) }));
  };
  return () => (source ??= open());
}

/** A failure to read batch or report data. */
export type DataError = ApiError | UnusableResponseError | FolderError;

/** Whether `error` is a failure to read batch or report data, rather than a bug in the script. */
export function isDataError(error: unknown): error is DataError {
  return error instanceof ApiError || error instanceof UnusableResponseError || error instanceof FolderError;
}
