/**
 * Entry point of the single binary built by `npm run build`: the script
 * Node's single-executable support starts. It compiles the CLI bundle
 * embedded in the binary from the V8 code cache recorded at build time (so
 * the CLI and the `run` path start compiled) and runs the CLI.
 * @module
 */

import { createRequire } from "node:module";
import { argv, execPath, stderr } from "node:process";
import { cliBundleAsset, codeCacheAsset, compileCli } from "./cli_bundle.ts";
import { debugEnabled } from "./errors.ts";

// Deno, which checks these sources too, has no node:sea to import.
const { getAsset } = process.getBuiltinModule("node:sea");
const args = argv.slice(2); // argv is [binary, binary, ...args] in a single-executable app.
const cli = compileCli(getAsset(cliBundleAsset, "utf8"), new Uint8Array(getAsset(codeCacheAsset)));
if (cli.codeCacheRejected && debugEnabled(args.includes("--debug"))) {
  stderr.write("debug: Cannot start from the code cache: V8 rejected it (V8 flags differ from the build's, e.g. through NODE_OPTIONS); compiling as the CLI runs\n");
}
// The bundle requires only built-in modules; this require reaches them as the CLI's sources do.
cli.evaluate(createRequire(execPath)).runAsProcess(args);
