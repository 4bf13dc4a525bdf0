import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { resolveFolders } from "../../src/modes/index.ts";

describe("resolveFolders()", () => {
  const cases: { name: string; flags: { inputs?: string; outputs?: string }; env: Record<string, string>; expected: [string, string] }[] = [
    { name: "defaults to the platform's folders", flags: {}, env: {}, expected: ["/tmp/resim/inputs", "/tmp/resim/outputs"] },
    {
      name: "takes the environment variables",
      flags: {},
      env: { RESIM_METRICS_INPUTS: "/data/in", RESIM_METRICS_OUTPUTS: "/data/out" },
      expected: ["/data/in", "/data/out"],
    },
    {
      name: "prefers flags to the environment",
      flags: { inputs: "/flag/in", outputs: "/flag/out" },
      env: { RESIM_METRICS_INPUTS: "/data/in", RESIM_METRICS_OUTPUTS: "/data/out" },
      expected: ["/flag/in", "/flag/out"],
    },
    { name: "makes relative paths absolute", flags: { inputs: "in" }, env: { RESIM_METRICS_OUTPUTS: "out" }, expected: [resolve("in"), resolve("out")] },
    { name: "ignores empty values", flags: { inputs: "" }, env: { RESIM_METRICS_INPUTS: "" }, expected: ["/tmp/resim/inputs", "/tmp/resim/outputs"] },
  ];
  for (const { name, flags, env, expected } of cases) {
    test(`resolveFolders() ${name}`, () => {
      const { inputsDir, outputsDir } = resolveFolders(flags, env);
      assert.deepEqual([inputsDir, outputsDir], expected);
    });
  }
});
