/**
 * What the view model is built from: the decoded message and the state of
 * the external files it references, read beforehand so building the model
 * is a pure function.
 * @module
 */

import type { JobMetrics } from "../../proto/index.ts";

/** An external file as found on disk: where the page loads it from, or why it cannot. */
export type ResolvedFile =
  | { found: true; src: string; bytes: number }
  | { found: false; reason: string };

/** The input of {@link buildPreviewModel}. */
export interface PreviewSource {
  /** What is previewed, shown as the page title (e.g. the file name). */
  title: string;
  job: JobMetrics;
  /** External files by the path the metrics data stores. */
  files: ReadonlyMap<string, ResolvedFile>;
}
