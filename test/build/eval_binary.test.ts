import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { ensureBinary } from "../_binary.ts";
import { assembleDistrolessRoot, containerTestsUnavailable } from "../_distroless.ts";
import { tempTree, writeTree } from "../_temp_tree.ts";
import { demoProject } from "../evaluation/_demo_project.ts";

let binary = "";
before(async () => {
  binary = await ensureBinary();
});

function evalDemo(command: readonly string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command[0]!, [...command.slice(1), "eval", "--config", "/demo/metrics/config.resim.yml", "--json", "/demo/runs"], { env, encoding: "utf8" });
  return { code: result.status, report: result.status === 0 ? (JSON.parse(result.stdout) as { metrics: { status: string }[] }) : undefined, stderr: result.stderr };
}

describe("eval in the single binary", () => {
  test("unpacks DuckDB into the user's cache on first use, reuses it, and unpacks again a file that does not match its hash", async (t) => {
    const dir = await tempTree(t, demoProject);
    const cache = join(dir, "cache");
    const env = { PATH: process.env["PATH"] ?? "", XDG_CACHE_HOME: cache };
    const run = () => {
      const result = spawnSync(binary, ["eval", "--config", join(dir, "metrics/config.resim.yml"), join(dir, "runs")], { env, encoding: "utf8" });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /26 results for 2 jobs: 21 PASSED, 4 NO_DATA, 1 FAIL_WARN/);
    };
    run();
    const [folder] = readdirSync(join(cache, "resim-metrics"));
    const library = join(cache, "resim-metrics", folder!, "libduckdb.so");
    const unpacked = statSync(library).mtimeMs;
    run();
    assert.equal(statSync(library).mtimeMs, unpacked, "the second run reuses the unpacked library");
    writeFileSync(library, "damaged");
    run();
    assert.ok(statSync(library).size > 1e6, "a damaged file is unpacked again");
  });

  test("commands that run no SQL unpack nothing", async (t) => {
    const cache = await tempTree(t);
    const result = spawnSync(binary, ["--version"], { env: { XDG_CACHE_HOME: cache }, encoding: "utf8" });
    assert.equal(result.status, 0);
    assert.deepEqual(readdirSync(cache), []);
  });

  test("works in a distroless/cc root with no home folder", { skip: containerTestsUnavailable() }, async (t) => {
    const root = await tempTree(t);
    assembleDistrolessRoot(root);
    mkdirSync(join(root, "usr/local/bin"), { recursive: true });
    copyFileSync(binary, join(root, "usr/local/bin/resim-metrics"));
    chmodSync(join(root, "usr/local/bin/resim-metrics"), 0o755);
    await writeTree(join(root, "demo"), demoProject);
    const result = evalDemo(["chroot", root, "/usr/local/bin/resim-metrics"], { PATH: process.env["PATH"] ?? "" });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.report!.metrics.length, 26);
    assert.ok(readdirSync(join(root, "tmp")).some((name) => name.startsWith("resim-metrics-")), "unpacked under /tmp");
  });
});
