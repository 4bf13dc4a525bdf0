import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { FolderError } from "../../src/api/folder_source.ts";
import type { ModeName, SelectedMode } from "../../src/modes/index.ts";
import { selectReplay } from "../../src/runner/index.ts";
import { tempTree, type Tree } from "../_temp_tree.ts";

const projectID = "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b";
const batchID = "7579affb-3e5b-4f02-871b-bf275aef67ee";
const reportID = "0d0c5b7a-1e2f-4a3b-8c9d-0e1f2a3b4c5d";
const otherID = "11111111-2222-4333-8444-555555555555";
const apiURL = "http://127.0.0.1:9/v1";
const token = "eyJhbGciOi.replay-test.sig";

const manifest = (kind: "batch" | "report") =>
  JSON.stringify({ format: "resim-metrics-fetch/1", kind, projectID, ...(kind === "batch" ? { batchID } : { reportID }), apiURL, fetchedAt: "2025-03-01T00:00:00.000Z" });
const batchConfig = (id = batchID) => JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", batchID: id, projectID });
const reportConfig = JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", reportID, projectID });

/** Replays `fetch/` with `inputs/` as the inputs folder. */
async function replay(t: Parameters<typeof tempTree>[0], tree: Tree, forced?: ModeName) {
  const dir = await tempTree(t, tree);
  const selected: SelectedMode | Error = await selectReplay(join(dir, "inputs"), join(dir, "fetch"), forced).catch((error: Error) => error);
  return { dir, selected };
}

describe("selectReplay()", () => {
  test("selectReplay() takes the mode and config from the manifest when the inputs have no config", async (t) => {
    for (const inputs of [{}, { "inputs/logs": null }] satisfies Tree[]) {
      const { dir, selected } = await replay(t, { "fetch/manifest.json": manifest("batch"), ...inputs });
      assert.ok(!(selected instanceof Error) && selected.mode === "batch");
      assert.deepEqual(
        { ...selected, config: { ...selected.config, authToken: selected.config.authToken.reveal() } },
        { mode: "batch", inputsDir: join(dir, "inputs"), configPath: join(dir, "fetch", "manifest.json"), config: { authToken: "", apiURL, projectID, batchID }, warnings: [] },
      );
    }
  });

  test("selectReplay() replays a report with its manifest standing in for the config", async (t) => {
    const { selected } = await replay(t, { "fetch/manifest.json": manifest("report") }, "report");
    assert.ok(!(selected instanceof Error) && selected.mode === "report");
    assert.deepEqual({ ...selected.config, authToken: String(selected.config.authToken) }, { authToken: "[redacted]", apiURL, projectID, reportID });
  });

  test("selectReplay() uses the inputs' config when it names what the folder holds, and keeps detection's warnings", async (t) => {
    const { dir, selected } = await replay(t, { "fetch/manifest.json": manifest("report"), "inputs/report_config.json": reportConfig, "inputs/batch_metrics_config.json": batchConfig() });
    assert.ok(!(selected instanceof Error) && selected.mode === "report");
    assert.equal(selected.configPath, join(dir, "inputs", "report_config.json"));
    assert.equal(selected.config.authToken.reveal(), token);
    assert.deepEqual(selected.warnings, [`Both "report_config.json" and "batch_metrics_config.json" are present in "${join(dir, "inputs")}": using report mode`]);
  });

  const refused: { name: string; tree: Tree; forced?: ModeName; message: (dir: string) => string }[] = [
    {
      name: "a folder that is not a finished fetch",
      tree: { "fetch/jobs.json": "{}" },
      message: (dir) => `Cannot replay from "${join(dir, "fetch")}": "manifest.json" is missing: the folder is not a finished fetch`,
    },
    {
      name: "a mode forced with --mode that the folder does not hold",
      tree: { "fetch/manifest.json": manifest("batch") },
      forced: "report",
      message: (dir) => `Cannot replay from "${join(dir, "fetch")}": it holds batch "${batchID}" of project "${projectID}", but --mode asks for report mode`,
    },
    {
      name: "inputs whose config selects another mode",
      tree: { "fetch/manifest.json": manifest("batch"), "inputs/report_config.json": reportConfig },
      message: (dir) => `Cannot replay from "${join(dir, "fetch")}": it holds batch "${batchID}" of project "${projectID}", but "${join(dir, "inputs", "report_config.json")}" selects report mode`,
    },
    {
      name: "inputs whose config names another batch",
      tree: { "fetch/manifest.json": manifest("batch"), "inputs/batch_metrics_config.json": batchConfig(otherID) },
      message: (dir) =>
        `Cannot replay from "${join(dir, "fetch")}": it holds batch "${batchID}" of project "${projectID}", but "${join(dir, "inputs", "batch_metrics_config.json")}" names batch "${otherID}" of project "${projectID}"`,
    },
  ];
  for (const { name, tree, forced, message } of refused) {
    test(`selectReplay() refuses ${name} in one line`, async (t) => {
      const { dir, selected } = await replay(t, tree, forced);
      assert.ok(selected instanceof FolderError, String(selected));
      assert.equal(selected.message, message(dir));
    });
  }
});
