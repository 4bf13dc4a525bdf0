import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ensureBinary } from "../_binary.ts";
import { withApiDouble } from "../_double/hooks.ts";
import { seededRandom } from "../_double/random.ts";
import { testToken } from "../_double/scenarios.ts";
import { addBatch, contentsFromJobMetrics, newProject } from "../_double/world.ts";
import { containerTestsUnavailable, runDistrolessScript } from "../_distroless.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

function buildahMissing(): string | undefined {
  return spawnSync("buildah", ["--version"]).status === 0 ? undefined : "buildah is not installed (.ci/run installs it)";
}
const unavailable = containerTestsUnavailable() ?? buildahMissing();
const examples = join(repoDir, "examples");

let binary = "";
before(async () => {
  if (unavailable === undefined) binary = await ensureBinary();
});

/**
 * buildah, and the environment for other tools that drive it, with a private
 * store under `dir`, so that removing `dir` removes everything the test made.
 */
function buildahIn(dir: string) {
  const conf = join(dir, "storage.conf");
  writeFileSync(conf, `[storage]\ndriver = "vfs"\nrunroot = "${join(dir, "run")}"\ngraphroot = "${join(dir, "storage")}"\n`);
  const env = { CONTAINERS_STORAGE_CONF: conf };
  const buildah = (...args: string[]) => spawnSync("buildah", args, { encoding: "utf8", env: { ...process.env, ...env } });
  const ok = (...args: string[]) => {
    const result = buildah(...args);
    assert.equal(result.status, 0, `buildah ${args.join(" ")}: ${result.stderr}`);
    return result.stdout.trim();
  };
  return { buildah, ok, env };
}

describe("the Dockerfiles", { skip: unavailable }, () => {
  test("build on a base made by build/distroless_cc.sh, and the examples' images run test mode, then batch mode on its results", async (t) => {
    const dir = await tempTree(t, { "context/dist": null });
    const { buildah, ok, env } = buildahIn(dir);
    const bud = ["bud", "--isolation", "chroot", "--quiet"];
    const runIn = (container: string, ...args: string[]) => buildah("run", "--isolation", "chroot", container, "--", "/usr/local/bin/resim-metrics", ...args);
    try {
      runDistrolessScript(["--image", "localhost/distroless-cc-local"], env);
      copyFileSync(binary, join(dir, "context/dist/resim-metrics"));
      copyFileSync(join(repoDir, "Dockerfile"), join(dir, "context/Dockerfile"));
      copyFileSync(join(repoDir, ".dockerignore"), join(dir, "context/.dockerignore"));
      ok(...bud, "--build-arg", "BASE=localhost/distroless-cc-local", "-t", "localhost/resim-metrics", join(dir, "context"));
      assert.equal(ok("inspect", "--format", "{{.OCIv1.Config.Entrypoint}} {{.OCIv1.Config.Cmd}}", "localhost/resim-metrics"), "[/usr/local/bin/resim-metrics] [--help]");

      for (const mode of ["test", "batch"]) {
        ok(...bud, "--build-arg", "RESIM_METRICS=localhost/resim-metrics", "-t", `localhost/${mode}-metrics`, join(examples, `${mode}-mode`));
        assert.equal(ok("inspect", "--format", "{{.OCIv1.Config.Cmd}}", `localhost/${mode}-metrics`), "[run /metrics/script.ts]");
      }

      const testRun = ok("from", "localhost/test-metrics");
      ok("copy", testRun, join(examples, "test-mode/inputs"), "/tmp/resim/inputs");
      const run = runIn(testRun, "run", "/metrics/script.ts");
      assert.equal(run.stderr, 'info: crosswalk-pedestrian-01: 49 samples from shuttle-07\ninfo: Wrote 7 metrics to "/tmp/resim/outputs/metrics.binproto"\n');
      assert.equal(run.status, 0);
      assert.match(ok("run", "--isolation", "chroot", testRun, "--", "/usr/local/bin/resim-metrics", "validate", "/tmp/resim/outputs/metrics.binproto"), /^\/tmp\/resim\/outputs\/metrics\.binproto: valid/);
      const testMetrics = readFileSync(join(ok("mount", testRun), "tmp/resim/outputs/metrics.binproto"));

      // The batch image, as ReSim runs it after the batch: its config names the API the tests' metrics are read from.
      const random = seededRandom(5);
      const project = newProject(random);
      const batch = addBatch(project, random, {}, [contentsFromJobMetrics(testMetrics), contentsFromJobMetrics(testMetrics)]);
      await withApiDouble({ world: { projects: [project] }, token: testToken }, async (double) => {
        const batchRun = ok("from", "localhost/batch-metrics");
        const config = { authToken: testToken, apiURL: double.apiURL, batchID: batch.batch.batchID, projectID: project.projectID };
        const inputs = await tempTree(t, { "batch_metrics_config.json": JSON.stringify(config) });
        ok("copy", batchRun, inputs, "/tmp/resim/inputs");
        // Not spawnSync: the double answers from this process's event loop.
        const args = ["run", "--isolation", "chroot", batchRun, "--", "/usr/local/bin/resim-metrics", "run", "/metrics/script.ts"];
        const result = await promisify(execFile)("buildah", args, { env: { ...process.env, ...env }, timeout: 120_000 });
        assert.equal(result.stderr, 'info: "Top speed" of 2 tests (0 without it)\ninfo: Wrote 3 metrics to "/tmp/resim/outputs/metrics.binproto"\n');
      });
    } finally {
      // Before the temporary folder goes: these commands would recreate a removed store.
      buildah("umount", "--all");
      buildah("rm", "--all");
      buildah("rmi", "--all", "--force");
    }
  });
});
