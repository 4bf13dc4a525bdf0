import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureBinary } from "../_binary.ts";
import { assembleDistrolessRoot, containerTestsUnavailable } from "../_distroless.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

const unavailable = containerTestsUnavailable();
const example = join(repoDir, "examples/test-mode");
const batchConfig = JSON.stringify({ authToken: "eyJhbGciOi.chroot-test.sig", apiURL: "https://api.resim.ai/v1", batchID: "7579affb-3e5b-4f02-871b-bf275aef67ee", projectID: "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b" });
const reportConfig = JSON.stringify({ authToken: "eyJhbGciOi.chroot-test.sig", apiURL: "https://api.resim.ai/v1", reportID: "0d0c5b7a-1e2f-4a3b-8c9d-0e1f2a3b4c5d", projectID: "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b" });

let binary = "";
before(async () => {
  if (unavailable === undefined) binary = await ensureBinary();
});

/** A distroless/cc root holding only the binary and the example script, with `inputs` as /tmp/resim/inputs. */
async function distrolessRoot(t: Parameters<typeof tempTree>[0], inputs: (dir: string) => void): Promise<string> {
  const root = await tempTree(t);
  assembleDistrolessRoot(root);
  mkdirSync(join(root, "usr/local/bin"), { recursive: true });
  copyFileSync(binary, join(root, "usr/local/bin/resim-metrics"));
  chmodSync(join(root, "usr/local/bin/resim-metrics"), 0o755);
  mkdirSync(join(root, "metrics"));
  copyFileSync(join(example, "script.ts"), join(root, "metrics/script.ts"));
  mkdirSync(join(root, "tmp/resim/inputs"), { recursive: true });
  inputs(join(root, "tmp/resim/inputs"));
  return root;
}

function chroot(root: string, args: readonly string[]) {
  const result = spawnSync("chroot", [root, "/usr/local/bin/resim-metrics", ...args], { env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the binary in a distroless/cc root", { skip: unavailable }, () => {
  test("test mode on the example's inputs writes metrics that validate accepts", async (t) => {
    const root = await distrolessRoot(t, (inputs) => cpSync(join(example, "inputs"), inputs, { recursive: true }));
    assert.equal(existsSync(join(root, "usr/bin/node")) || existsSync(join(root, "usr/local/bin/node")), false);
    const run = chroot(root, ["run", "/metrics/script.ts"]);
    assert.equal(run.stderr, 'info: crosswalk-pedestrian-01: 49 samples from shuttle-07\ninfo: Wrote 7 metrics to "/tmp/resim/outputs/metrics.binproto"\n');
    assert.equal(run.code, 0);
    const validate = chroot(root, ["validate", "/tmp/resim/outputs/metrics.binproto"]);
    assert.equal(validate.code, 0, validate.stdout + validate.stderr);
    assert.match(validate.stdout, /^\/tmp\/resim\/outputs\/metrics\.binproto: valid/);
  });

  const otherModes: { mode: string; file: string; config: string; log: string }[] = [
    { mode: "batch", file: "batch_metrics_config.json", config: batchConfig, log: "info: batch 7579affb-3e5b-4f02-871b-bf275aef67ee: no batch metrics in this example" },
    { mode: "report", file: "report_config.json", config: reportConfig, log: "info: The script has no report handler: writing an empty result" },
  ];
  for (const { mode, file, config, log } of otherModes) {
    test(`${mode} mode writes a valid result`, async (t) => {
      const root = await distrolessRoot(t, (inputs) => writeFileSync(join(inputs, file), config));
      const run = chroot(root, ["run", "/metrics/script.ts"]);
      assert.equal(run.stderr.split("\n")[0], log);
      assert.equal(run.code, 0);
      assert.equal(chroot(root, ["validate", "/tmp/resim/outputs/metrics.binproto"]).code, 0);
    });
  }

  test("a script emits checked emissions; config check and validate --config accept them", async (t) => {
    const root = await distrolessRoot(t, (inputs) => cpSync(join(example, "inputs"), inputs, { recursive: true }));
    mkdirSync(join(root, "metrics/.resim/metrics"), { recursive: true });
    writeFileSync(join(root, "metrics/.resim/metrics/config.resim.yml"), "version: 1\ntopics:\n  speed: {schema: {v: float}}\n");
    writeFileSync(
      join(root, "metrics/emit.ts"),
      [
        'import { defineMetrics, Emitter } from "resim-metrics";',
        "export default defineMetrics({",
        "  test(ctx) {",
        '    using emitter = new Emitter({ config: "/metrics/.resim/metrics/config.resim.yml", output: `${ctx.outputsDir}/emissions.resim.jsonl` });',
        '    emitter.emitSeries("speed", { v: [1, 2.5] }, [1000n, 2000n]);',
        "  },",
        "});",
      ].join("\n"),
    );
    const run = chroot(root, ["run", "/metrics/emit.ts"]);
    assert.equal(run.code, 0, run.stderr);
    const validate = chroot(root, ["validate", "--config", "/metrics/.resim/metrics/config.resim.yml", "/tmp/resim/outputs/emissions.resim.jsonl"]);
    assert.equal(validate.stdout, "/tmp/resim/outputs/emissions.resim.jsonl: valid (2 lines, 1 topic)\n");
    assert.equal(validate.code, 0, validate.stderr);
    assert.equal(chroot(root, ["config", "check", "/metrics/.resim/metrics/config.resim.yml"]).code, 0);
  });
});
