/**
 * Preloaded with `--import` by tests: prints, at exit, one line per module
 * of this repository's src/ and per public built-in module (`node:fs`) that
 * the process loaded (to standard error).
 * @module
 */

import { registerHooks } from "node:module";
import process from "node:process";

const loaded = new Set<string>();
registerHooks({
  load(url, context, nextLoad) {
    const match = /\/src\/(.+)$/.exec(url);
    if (match !== null) loaded.add(match[1]!);
    return nextLoad(url, context);
  },
});
process.on("exit", () => {
  // Node's list of the modules it has loaded, built-ins as "NativeModule fs"; undocumented, hence typed here.
  const { moduleLoadList = [] } = process as { moduleLoadList?: string[] };
  const builtins = moduleLoadList.filter((entry) => entry.startsWith("NativeModule ") && !entry.includes("internal/")).map((entry) => `node:${entry.slice("NativeModule ".length)}`);
  process.stderr.write([...[...loaded].map((path) => `src/${path}`), ...builtins].map((name) => `loaded ${name}\n`).join(""));
});
