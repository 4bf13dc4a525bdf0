/**
 * Entry point of the single binary built by `npm run build`: the script
 * Node's single-executable support starts. It loads the CLI bundle embedded
 * in the binary, and later the chunks it asks for, each from the V8 code
 * cache recorded at build time (so the CLI and the `run` path start
 * compiled), and runs the CLI.
 * @module
 */

import { createRequire } from "node:module";
import { argv, execPath, stderr } from "node:process";
import { bundleLoader, cliBundleAsset, type CliEntryPoints } from "./cli_bundle.ts";
import { debugEnabled } from "./errors.ts";

// Deno, which checks these sources too, has no node:sea to import.
const { getAsset, getRawAsset } = process.getBuiltinModule("node:sea");
const args = argv.slice(2); // argv is [binary, binary, ...args] in a single-executable app.
// The code caches are read in place (getRawAsset): V8 only reads them, and copying them would cost each start their size in memory.
const assets = { source: (asset: string) => getAsset(asset, "utf8"), codeCache: (asset: string) => new Uint8Array(getRawAsset(asset)) };
const loader = bundleLoader(assets, createRequire(execPath), (asset) => {
  if (debugEnabled(args.includes("--debug"))) {
    stderr.write(`debug: Cannot start ${asset} from its code cache: V8 rejected it (V8 flags differ from the build's, e.g. through NODE_OPTIONS); compiling as it runs\n`);
  }
});
// Bundles require built-in modules and chunks; createRequire reaches the built-ins as the CLI's sources do.
(loader.load(cliBundleAsset) as CliEntryPoints).runAsProcess(args);
