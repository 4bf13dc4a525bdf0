import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics } from "../../src/proto/index.ts";
import { fixturePath, readFixture, repoDir } from "../_shared.ts";
import { conformanceCases } from "../validate/conformance.testdata.ts";
import { useTempFolder } from "../_temp_tree.ts";

const dir = useTempFolder();

/** Runs `node src/cli/main.ts <args>` as its own process, with NO_COLOR=1. */
function cli(args: readonly string[], input?: Uint8Array) {
  const result = spawnSync(`${repoDir}node_modules/.bin/node`, [`${repoDir}src/cli/main.ts`, ...args], {
    input,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, RESIM_METRICS_DEBUG: undefined },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("resim-metrics validate exits 0, 1 and 2 for a valid, an invalid and an unreadable file", () => {
  const invalid = join(dir, "invalid.binproto");
  writeFileSync(invalid, JobMetrics.encode(conformanceCases.find((c) => c.id === "B-130")!.build()));
  const missing = join(dir, "missing.binproto");

  const valid = cli(["validate", fixturePath("hello_world.binproto")]);
  assert.deepEqual(valid, { code: 0, stdout: `${fixturePath("hello_world.binproto")}: valid\n`, stderr: "" });

  const rejected = cli(["validate", invalid]);
  assert.deepEqual(rejected, {
    code: 1,
    stdout: `${invalid}: invalid (1 error)\n  error    metrics[16] "A text metric" (TEXT): text is empty: a text metric needs text [TEXT-01]\n`,
    stderr: "",
  });

  const unreadable = cli(["validate", missing]);
  assert.deepEqual(unreadable, { code: 2, stdout: "", stderr: `resim-metrics: Cannot read ${JSON.stringify(missing)}: no such file or directory\n` });
});

test("resim-metrics inspect - and validate - read standard input", () => {
  const inspected = cli(["inspect", "-"], readFixture("hello_world.binproto"));
  assert.equal(inspected.code, 0);
  assert.deepEqual(inspected.stdout.split("\n").slice(0, 3), ["JobMetrics in standard input", "Job     2cba1164-cf65-432c-a631-c27fbc2d41ec", "Status  FAIL_BLOCK"]);
  assert.deepEqual(cli(["validate", "-"], readFixture("upstream_all_types.binproto")), { code: 0, stdout: "standard input: valid\n", stderr: "" });
  assert.deepEqual(cli(["validate", "-"], new Uint8Array()), { code: 2, stdout: "", stderr: "resim-metrics: Cannot decode standard input: the file is empty\n" });
});

test("resim-metrics prints a usage error for an unknown command with a suggestion", () => {
  const result = cli(["valdate", fixturePath("hello_world.binproto")]);
  assert.equal(result.code, 2);
  assert.equal(result.stderr, "resim-metrics: unknown command 'valdate'; did you mean validate? (run with --help for usage)\n");
});

test("resim-metrics stops quietly when the reader of its output goes away", async () => {
  const child = spawn(`${repoDir}node_modules/.bin/node`, [`${repoDir}src/cli/main.ts`, "inspect", "--json", fixturePath("hello_world.binproto")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  // Like `| head -c 100`: read one chunk of the 150 kB of JSON, then close the pipe.
  await once(child.stdout, "data");
  child.stdout.destroy();
  const [code] = await once(child, "exit");
  assert.equal(stderr, "");
  assert.equal(code, 0);
});
