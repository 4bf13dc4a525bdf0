/**
 * What every per-type view builder gets besides its metric values.
 * @module
 */

import type { DataIndex } from "./_data_index.ts";
import type { Problem } from "./preview_model.ts";
import type { ResolvedFile } from "./preview_source.ts";

/** Data, files and a place to report problems, for one metric. */
export interface ViewContext {
  data: DataIndex;
  files: ReadonlyMap<string, ResolvedFile>;
  /** The metric's name, as the subject of problems. */
  subject: string;
  /** Collects warnings met while resolving (e.g. a missing image). */
  problems: Problem[];
}
