import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JobMetrics } from "../../src/proto/index.ts";
import { validateJobMetrics } from "../../src/validate/index.ts";
import { fencedBlocks } from "../../build/markdown.ts";
import { repoDir } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";

/** The TypeScript blocks of the SDK guide, joined into one script. */
function guideScript(outputsDir: string): string {
  const guide = readFileSync(join(repoDir, "docs/sdk.md"), "utf8");
  return fencedBlocks(guide)
    .filter((block) => block.info === "ts")
    .map((block) => block.body)
    .join("\n")
    .replaceAll('from "resim-metrics"', `from ${JSON.stringify(join(repoDir, "src/sdk/index.ts"))}`)
    .replaceAll("/tmp/resim/outputs", outputsDir);
}

describe("the SDK guide", () => {
  const dir = useTempFolder();
  const outputs = join(dir, "outputs");
  before(() => {
    mkdirSync(join(outputs, "frames"), { recursive: true });
    for (const image of ["speed.png", "frames/0.png", "frames/1.png"]) writeFileSync(join(outputs, image), "PNG");
    writeFileSync(join(dir, "script.mts"), guideScript(outputs));
  });

  test("its examples run as one script and write metrics ReSim accepts", async () => {
    await import(pathToFileURL(join(dir, "script.mts")).href);
    const message = JobMetrics.decode(readFileSync(join(outputs, "metrics.binproto")));
    assert.equal(validateJobMetrics(message).valid, true);
    assert.equal(new Set(message.jobLevelMetrics!.metrics.map((m) => m.type)).size, 12);
  });

  test("its examples type-check", () => {
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: join(repoDir, "tsconfig.json"), compilerOptions: { typeRoots: [join(repoDir, "node_modules/@types")] }, include: ["script.mts"] }));
    const tsc = spawnSync(join(repoDir, "node_modules/.bin/tsc"), ["-p", dir], { encoding: "utf8" });
    assert.equal(tsc.stdout + tsc.stderr, "");
    assert.equal(tsc.status, 0);
  });
});
