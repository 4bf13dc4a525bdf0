/**
 * The SDK as an npm package's entry, for programs that install resim-metrics
 * (Node 24, Deno, Bun): `dist/sdk/index.js` (an ES module bundle of
 * src/mod.ts; dependencies such as yaml stay imports) and its types,
 * `dist/sdk/index.d.ts`, which re-exports the bundled declarations of
 * `dist/sdk/resim-metrics.d.ts`. package.json's `exports` names both.
 *
 * Usage: node build/build_package.ts [outDir]   (default dist/sdk; run by `npm pack`)
 * @module
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { bundleDeclarations } from "./declarations.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
/** The module the package's declarations give src/mod.ts, re-exported as `resim-metrics`. */
const entryModule = "resim-metrics/internal/mod";

/** Writes the package entry and its declarations into `outDir`. */
export async function buildPackage(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(repo, "src/mod.ts")],
    outfile: join(outDir, "index.js"),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node24",
    packages: "external",
    logLevel: "warning",
  });
  writeFileSync(join(outDir, "resim-metrics.d.ts"), bundleDeclarations(entryModule));
  writeFileSync(join(outDir, "index.d.ts"), `/// <reference path="./resim-metrics.d.ts" />\nexport * from "${entryModule}";\n`);
}

if (import.meta.main) await buildPackage(process.argv[2] ?? join(repo, "dist/sdk"));
