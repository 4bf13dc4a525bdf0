import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { loadScript, type LoadedScript } from "../../src/runner/index.ts";
import { tempTree, type Tree } from "../_temp_tree.ts";

/** A stand-in for the SDK: the loader exposes whatever module it is given. */
const exposedModule = { double: (x: number) => 2 * x, label: "stand-in" };

async function load(t: Parameters<typeof tempTree>[0], tree: Tree, script: string): Promise<LoadedScript> {
  const dir = await tempTree(t, tree);
  const loaded = await loadScript(join(dir, script), { exposedModule });
  t.after(async () => loaded.unload());
  return loaded;
}

describe("loadScript()", () => {
  test("loadScript() runs TypeScript with enums, parameter properties, relative imports, JSON, built-ins and top-level await", async (t) => {
    const { exports } = await load(
      t,
      {
        "script.ts": [
          'import { double, label } from "resim-metrics";',
          'import { Gear } from "./gear.ts";',
          'import { Box } from "./box.js";',
          'import { three } from "./three";',
          'import limits from "./limits.json" with { type: "json" };',
          'import { basename } from "node:path";',
          "const waited: number = await Promise.resolve(1);",
          "export default { value: double(Gear.Second) + new Box(waited).size + three + limits.max, label, file: basename(import.meta.filename) };",
        ].join("\n"),
        "gear.ts": "export enum Gear { First = 1, Second }",
        "box.ts": "export class Box { constructor(public readonly size: number) {} }",
        "three.ts": "export const three: 3 = 3;",
        "limits.json": '{ "max": 100 }',
      },
      "script.ts",
    );
    assert.deepEqual(exports["default"], { value: 4 + 1 + 3 + 100, label: "stand-in", file: "script.ts" });
  });

  test('loadScript() loads TypeScript as ES modules even beside a package.json with "type": "commonjs"', async (t) => {
    const { exports } = await load(
      t,
      { "package.json": '{ "type": "commonjs" }', "script.ts": 'import { double } from "resim-metrics";\nexport default (): number => double(21);' },
      "script.ts",
    );
    assert.equal((exports["default"] as () => number)(), 42);
  });

  test("loadScript() loads .mts, .js and .mjs scripts", async (t) => {
    const tree = {
      "a.mts": 'import { double } from "resim-metrics";\nexport const value: number = double(1);',
      "b.mjs": 'export { double as default } from "resim-metrics";',
      "c.js": 'import { value } from "./a.mts";\nexport default value;',
      "package.json": '{ "type": "module" }',
    };
    const dir = await tempTree(t, tree);
    for (const [file, check] of [["a.mts", (e: Record<string, unknown>) => e["value"] === 2], ["b.mjs", (e: Record<string, unknown>) => typeof e["default"] === "function"], ["c.js", (e: Record<string, unknown>) => e["default"] === 2]] as const) {
      const loaded = await loadScript(join(dir, file), { exposedModule });
      loaded.unload();
      assert.ok(check(loaded.exports), file);
    }
  });

  test("loadScript() resolves packages from a node_modules beside the script", async (t) => {
    const { exports } = await load(
      t,
      {
        "node_modules/clamp/package.json": '{ "name": "clamp", "type": "module", "exports": "./index.js" }',
        "node_modules/clamp/index.js": "export const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));",
        "script.ts": 'import { clamp } from "clamp";\nexport default clamp(7, 0, 5);',
      },
      "script.ts",
    );
    assert.equal(exports["default"], 5);
  });

  test("loadScript() runs value namespaces, which sucrase would drop", async (t) => {
    const { exports } = await load(t, { "script.ts": "namespace Units { export const kmh: number = 3.6; }\nexport default Units.kmh;" }, "script.ts");
    assert.equal(exports["default"], 3.6);
  });

  const rejected: { name: string; tree: Tree; script: string; error: (dir: string) => { name: string; message: string } }[] = [
    { name: "a missing file", tree: {}, script: "nope.ts", error: (dir) => ({ name: "ScriptLoadError", message: `Cannot load script "${join(dir, "nope.ts")}": no such file` }) },
    { name: "a folder", tree: { "dir.ts": null }, script: "dir.ts", error: (dir) => ({ name: "ScriptLoadError", message: `Cannot load script "${join(dir, "dir.ts")}": it is not a file` }) },
    {
      name: "a Python file",
      tree: { "metrics.py": "" },
      script: "metrics.py",
      error: (dir) => ({ name: "ScriptLoadError", message: `Cannot load script "${join(dir, "metrics.py")}": expected a .ts, .mts, .js, .mjs file` }),
    },
    {
      name: "TypeScript that does not parse",
      tree: { "script.ts": "const speed: number = 1;\nexport default function (ctx {\n}" },
      script: "script.ts",
      error: (dir) => ({ name: "SyntaxError", message: `Cannot compile "${join(dir, "script.ts")}:2:30": unexpected token, expected ","` }),
    },
  ];
  for (const { name, tree, script, error } of rejected) {
    test(`loadScript() rejects ${name}`, async (t) => {
      const dir = await tempTree(t, tree);
      await assert.rejects(loadScript(join(dir, script), { exposedModule }), error(dir));
    });
  }
});
