import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { runCli } from "../cli/_run_cli.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

const example = join(repoDir, "examples/emissions");

test("examples/emissions: eval runs every metric of the example's config on the program's emissions", async (t) => {
  const outputs = await tempTree(t);
  const program = spawnSync(process.execPath, ["--conditions=source", join(example, "drive.ts"), outputs], { encoding: "utf8" });
  assert.equal(program.status, 0, program.stderr);
  const run = runCli(["eval", "--config", join(example, ".resim/metrics/config.resim.yml"), "--set", "Drive", "--json", join(outputs, "emissions.resim.jsonl")]);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { metrics: { metric: string; status: string; view?: { kind: string } }[] };
  assert.deepEqual(
    report.metrics.map((m) => `${m.metric}: ${m.status} (${m.view?.kind})`),
    [
      "Snapshot: PASSED (media)",
      "Speed over time: PASSED (figure)",
      "Top speed: FAIL_WARN (scalar)",
      "Path: PASSED (figure)",
      "Speed spread: PASSED (figure)",
      "Time per mode: PASSED (figure)",
      "Modes over time: PASSED (figure)",
      "Speed by mode: PASSED (figure)",
      "Incidents: PASSED (table)",
      "Mean top speed: PASSED (scalar)",
    ],
  );
});
