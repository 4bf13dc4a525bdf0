import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli/_run_cli.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

const example = join(repoDir, "examples/emissions");
const config = join(example, ".resim/metrics/config.resim.yml");

describe("examples/emissions", () => {
  test("the program emits positions, an event and a snapshot that validate accepts against the example's config", async (t) => {
    const outputs = await tempTree(t);
    const program = spawnSync(process.execPath, ["--conditions=source", join(example, "drive.ts"), outputs], { encoding: "utf8" });
    assert.equal(program.status, 0, program.stderr);
    const lines = readFileSync(join(outputs, "emissions.resim.jsonl"), "utf8").trimEnd().split("\n");
    const topics = lines.map((line) => (JSON.parse(line) as { $metadata: { topic: string } }).$metadata.topic);
    assert.deepEqual([topics.length, topics.filter((topic) => topic === "position").length, topics.at(-2), topics.at(-1)], [203, 201, "incidents", "snapshots"]);
    assert.ok(existsSync(join(outputs, "snapshot.png")), "the image named by the snapshot is in the outputs folder");
    const validate = runCli(["validate", "--config", config, join(outputs, "emissions.resim.jsonl")]);
    assert.equal(validate.stdout, `${join(outputs, "emissions.resim.jsonl")}: valid (203 lines, 3 topics)\n`);
    assert.equal(validate.code, 0, validate.stderr);
  });

  test("its config passes config check, template file included", () => {
    const check = runCli(["config", "check", config]);
    assert.equal(check.code, 0, check.stdout);
  });
});
