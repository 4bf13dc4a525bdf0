/**
 * How the code generators in `build/` store their output: written in place,
 * or, with `--check`, compared with the committed file so `npm test` fails on
 * a stale one.
 * @module
 */

import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));

/**
 * Writes `source` to `outFile`, or, when the command line has `--check`,
 * exits 1 with a one-line message if the committed file differs from it.
 */
export function writeOrCheckGenerated(outFile: string, source: string, args: readonly string[] = process.argv): void {
  if (!args.includes("--check")) {
    writeFileSync(outFile, source);
    return;
  }
  if (readFileSync(outFile, "utf8") !== source) {
    console.error(`${relative(repo, outFile)} is stale: run \`npm run generate\` and commit the result`);
    process.exit(1);
  }
}
