import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { selectMode } from "../../src/modes/index.ts";
import { tempTree } from "../_temp_tree.ts";

const batchID = "7579affb-3e5b-4f02-871b-bf275aef67ee";

describe("selectMode()", () => {
  test("selectMode() gives test mode its folders", async (t) => {
    const dir = await tempTree(t, { experience: null, logs: null });
    assert.deepEqual(await selectMode(dir), { mode: "test", inputsDir: dir, experienceDir: join(dir, "experience"), logsDir: join(dir, "logs"), warnings: [] });
  });

  test("selectMode() gives batch mode its parsed config", async (t) => {
    const dir = await tempTree(t, { "batch_metrics_config.json": JSON.stringify({ authToken: "t0k3n", apiURL: "https://api.resim.ai/v1", batchID, projectID: "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b" }) });
    const selected = await selectMode(dir);
    assert.equal(selected.mode, "batch");
    assert.equal(selected.mode === "batch" && selected.config.batchID, batchID);
    assert.equal(selected.mode === "batch" && selected.configPath, join(dir, "batch_metrics_config.json"));
  });

  test("selectMode() reports a malformed report config naming the file and field", async (t) => {
    const dir = await tempTree(t, { "report_config.json": JSON.stringify({ authToken: "t0k3n", apiURL: "https://api.resim.ai/v1" }) });
    await assert.rejects(selectMode(dir), { name: "InputError", message: `Cannot parse "${join(dir, "report_config.json")}": field "reportID" is missing` });
  });

  test("selectMode() with a forced mode loads that mode's inputs", async (t) => {
    const dir = await tempTree(t, { "batch_metrics_config.json": "{}", logs: null });
    const selected = await selectMode(dir, "test");
    assert.equal(selected.mode, "test");
  });
});
