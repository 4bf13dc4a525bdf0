/**
 * Selecting the mode of a replay (`run --from DIR`): the folder a fetch
 * saved says whether it holds a batch or a report, and the inputs may only
 * agree with it. A config in the inputs is used if it names what the folder
 * holds; without one, the folder's manifest stands in for it.
 * @module
 */

import { join } from "node:path";
import { FolderError, readManifest } from "../api/folder_source.ts";
import { layout, type FolderManifest } from "../api/folder_layout.ts";
import {
  BATCH_CONFIG_FILE,
  detectMode,
  listInputs,
  loadBatchMode,
  loadReportMode,
  type ModeName,
  REPORT_CONFIG_FILE,
  Secret,
  type SelectedMode,
} from "../modes/index.ts";

/** `batch "…" of project "…"`, for messages. */
function describe(kind: "batch" | "report", id: string, projectID: string): string {
  return `${kind} "${id}" of project "${projectID}"`;
}

/** The ID of what the manifest says the folder holds. */
function heldID(manifest: FolderManifest): string {
  return manifest.kind === "batch" ? manifest.batchID : manifest.reportID;
}

/**
 * The mode, inputs and config of replaying `folder`: its manifest's kind,
 * which `forced` (`--mode`) or a config in `inputsDir` must not contradict.
 * Without a config, the config is made from the manifest, with an empty token.
 *
 * @throws {FolderError} when the folder is not a finished fetch, or holds another mode or another batch or report than the inputs name
 * @throws {InputError} when the inputs' config is malformed
 */
export async function selectReplay(inputsDir: string, folder: string, forced?: ModeName): Promise<SelectedMode> {
  const manifest = await readManifest(folder);
  const { kind, projectID } = manifest;
  const listing = await listInputs(inputsDir);
  const configFile = kind === "batch" ? BATCH_CONFIG_FILE : REPORT_CONFIG_FILE;
  const held = `it holds ${describe(kind, heldID(manifest), projectID)}`;
  const mismatch = (detail: string): FolderError => new FolderError(folder, layout.manifest, `${held}, ${detail}`);

  if (forced !== undefined && forced !== kind) throw mismatch(`but --mode asks for ${forced} mode`);
  const detected = listing.reportConfig || listing.batchConfig ? detectMode(listing) : undefined;
  if (forced === undefined && detected !== undefined && detected.mode !== kind) {
    throw mismatch(`but "${join(inputsDir, detected.mode === "batch" ? BATCH_CONFIG_FILE : REPORT_CONFIG_FILE)}" selects ${detected.mode} mode`);
  }
  const warnings = detected?.warnings ?? [];

  const hasConfig = kind === "batch" ? listing.batchConfig : listing.reportConfig;
  if (!hasConfig) {
    const configPath = join(folder, layout.manifest);
    const access = { authToken: new Secret(""), apiURL: manifest.apiURL, projectID };
    return manifest.kind === "batch"
      ? { mode: "batch", inputsDir, configPath, config: { ...access, batchID: manifest.batchID }, warnings }
      : { mode: "report", inputsDir, configPath, config: { ...access, reportID: manifest.reportID }, warnings };
  }

  const selected = kind === "batch" ? await loadBatchMode(inputsDir) : await loadReportMode(inputsDir);
  const { config } = selected;
  const named = selected.mode === "batch" ? selected.config.batchID : selected.config.reportID;
  if (named !== heldID(manifest) || config.projectID !== projectID) {
    throw mismatch(`but "${join(inputsDir, configFile)}" names ${describe(kind, named, config.projectID)}`);
  }
  return { ...selected, warnings };
}
