import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { ensureBinary } from "../_binary.ts";
import { assembleDistrolessRoot, containerTestsUnavailable } from "../_distroless.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

function buildahMissing(): string | undefined {
  return spawnSync("buildah", ["--version"]).status === 0 ? undefined : "buildah is not installed (.ci/run installs it)";
}
const unavailable = containerTestsUnavailable() ?? buildahMissing();
const example = join(repoDir, "examples/test-mode");

let binary = "";
before(async () => {
  if (unavailable === undefined) binary = await ensureBinary();
});

/** buildah in a private store under `dir`, so that removing `dir` removes everything the test made. */
function buildahIn(dir: string) {
  const store = ["--root", join(dir, "storage"), "--runroot", join(dir, "run"), "--storage-driver", "vfs"];
  return (...args: string[]) => spawnSync("buildah", [...store, ...args], { encoding: "utf8" });
}

describe("the Dockerfile", { skip: unavailable }, () => {
  test("builds on a local distroless/cc base, and a user image built from it runs the example", async (t) => {
    const dir = await tempTree(t, { base: null, "context/dist": null });
    const buildah = buildahIn(dir);
    const ok = (...args: string[]) => {
      const result = buildah(...args);
      assert.equal(result.status, 0, `buildah ${args.join(" ")}: ${result.stderr}`);
      return result.stdout.trim();
    };
    const bud = ["bud", "--isolation", "chroot", "--quiet"];
    try {
      assembleDistrolessRoot(join(dir, "base"));
      const scratch = ok("from", "scratch");
      ok("copy", scratch, join(dir, "base"), "/");
      ok("commit", "--quiet", scratch, "localhost/distroless-cc-local");

      copyFileSync(binary, join(dir, "context/dist/resim-metrics"));
      copyFileSync(join(repoDir, "Dockerfile"), join(dir, "context/Dockerfile"));
      copyFileSync(join(repoDir, ".dockerignore"), join(dir, "context/.dockerignore"));
      ok(...bud, "--build-arg", "BASE=localhost/distroless-cc-local", "-t", "localhost/resim-metrics", join(dir, "context"));
      assert.equal(ok("inspect", "--format", "{{.OCIv1.Config.Entrypoint}} {{.OCIv1.Config.Cmd}}", "localhost/resim-metrics"), "[/usr/local/bin/resim-metrics] [--help]");

      ok(...bud, "--build-arg", "RESIM_METRICS=localhost/resim-metrics", "-t", "localhost/example-metrics", example);
      assert.equal(ok("inspect", "--format", "{{.OCIv1.Config.Cmd}}", "localhost/example-metrics"), "[run /metrics/script.ts]");

      const container = ok("from", "localhost/example-metrics");
      ok("copy", container, join(example, "inputs"), "/tmp/resim/inputs");
      const run = buildah("run", "--isolation", "chroot", container, "--", "/usr/local/bin/resim-metrics", "run", "/metrics/script.ts");
      assert.equal(run.stderr, 'info: crosswalk-pedestrian-01: 49 samples from shuttle-07\ninfo: Wrote 7 metrics to "/tmp/resim/outputs/metrics.binproto"\n');
      assert.equal(run.status, 0);
      const validate = ok("run", "--isolation", "chroot", container, "--", "/usr/local/bin/resim-metrics", "validate", "/tmp/resim/outputs/metrics.binproto");
      assert.match(validate, /^\/tmp\/resim\/outputs\/metrics\.binproto: valid/);
    } finally {
      // Before the temporary folder goes: these commands would recreate a removed store.
      buildah("rm", "--all");
      buildah("rmi", "--all", "--force");
    }
  });
});
