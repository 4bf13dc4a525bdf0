/**
 * Entry point of the single binary built by `npm run build`. When the build
 * makes a V8 startup snapshot, this file runs at build time: it evaluates
 * the CLI and the `run` path (SDK, runner, TypeScript compiler) into the
 * snapshot, and registers `main` to run when the binary starts. Without a
 * snapshot it simply runs `main`.
 * @module
 */

import { argv } from "node:process";
import { startupSnapshot } from "node:v8";
import { prepareScriptLoader } from "../runner/index.ts";
import { main } from "./main.ts";
import "./run_script.ts";

function start(): void {
  // argv is [binary, binary, ...args] in a single-executable app.
  void main(argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

if (startupSnapshot.isBuildingSnapshot()) {
  startupSnapshot.setDeserializeMainFunction(start);
  void prepareScriptLoader();
} else {
  start();
}
