/**
 * Preloaded with `--import` by tests: prints, at exit, one line per module
 * of this repository's src/ that the process loaded (to standard error).
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
process.on("exit", () => process.stderr.write([...loaded].map((path) => `loaded src/${path}\n`).join("")));
