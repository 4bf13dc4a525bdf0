import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { explainUserError, type LoadedScript, loadScript, SourcePositions } from "../../src/runner/index.ts";
import { tempTree } from "../_temp_tree.ts";

const utilSource = "export function fail(speed: number, limit: number): never { throw new RangeError(`speed ${speed} over ${limit}`); }\n";
const scriptSource = [
  'import { fail } from "./util.ts";',
  "export function run(speed: number): void { const limit: number = 3; fail(speed, limit); }",
  "",
].join("\n");

/** Loads the script and calls its `run(9)`, which throws; returns the script and what it threw. */
async function runThrowing(t: Parameters<typeof tempTree>[0], path: string): Promise<{ loaded: LoadedScript; thrown: unknown }> {
  const loaded = await loadScript(path, { exposedModule: {} });
  t.after(() => loaded.unload());
  try {
    (loaded.exports["run"] as (speed: number) => void)(9);
  } catch (error) {
    return { loaded, thrown: error };
  }
  throw new Error("run(9) did not throw");
}

describe("explainUserError()", () => {
  test("explainUserError() lists only user frames, at the lines and columns of the TypeScript source", async (t) => {
    const dir = await tempTree(t, { "util.ts": utilSource, "script.ts": scriptSource });
    const { loaded, thrown } = await runThrowing(t, join(dir, "script.ts"));
    const utilColumn = utilSource.indexOf("new RangeError") + 1;
    const scriptColumn = scriptSource.split("\n")[1]!.indexOf("fail(speed") + 1;
    const { summary, details } = explainUserError(thrown, loaded.positions);
    assert.equal(summary, "RangeError: speed 9 over 3");
    // The frames after these are this test's own, which count as user code here.
    assert.deepEqual(details.slice(0, 2), [`    at fail (${join(dir, "util.ts")}:1:${utilColumn})`, `    at Module.run (${join(dir, "script.ts")}:2:${scriptColumn})`]);
  });

  test("explainUserError() maps frames in files compiled with a source map (value namespaces)", async (t) => {
    const source = "namespace Limits {\n  export const speed: number = 3;\n}\n\nexport function run(speed: number): void {\n  if (speed > Limits.speed) throw new RangeError(`speed ${speed}`);\n}\n";
    const dir = await tempTree(t, { "script.ts": source });
    const { loaded, thrown } = await runThrowing(t, join(dir, "script.ts"));
    const line = source.split("\n")[5]!;
    assert.equal(explainUserError(thrown, loaded.positions).details[0], `    at Module.run (${join(dir, "script.ts")}:6:${line.indexOf("new RangeError") + 1})`);
  });

  const values: { name: string; thrown: unknown; summary: string }[] = [
    { name: "a string", thrown: "plain failure\nsecond line", summary: "plain failure" },
    { name: "undefined", thrown: undefined, summary: "undefined" },
    { name: "an error with a multi-line message", thrown: Object.assign(new TypeError("first\nsecond"), { stack: "TypeError: first\nsecond" }), summary: "TypeError: first" },
  ];
  for (const { name, thrown, summary } of values) {
    test(`explainUserError() summarises ${name} on one line`, () => {
      assert.deepEqual(explainUserError(thrown, new SourcePositions()), { summary, details: [] });
    });
  }
});
