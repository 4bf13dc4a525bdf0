/**
 * Entry point of the single binary built by `npm run build`. When the build
 * makes a V8 startup snapshot, this file runs at build time: it evaluates
 * the CLI and the `run` path (SDK, runner, TypeScript compiler) into the
 * snapshot, and registers the CLI to run when the binary starts. Without a
 * snapshot it simply runs the CLI.
 * @module
 */

import { argv } from "node:process";
import { startupSnapshot } from "node:v8";
import { prepareScriptLoader } from "../runner/index.ts";
import { runAsProcess } from "./main.ts";
import "./run_script.ts";

function start(): void {
  // argv is [binary, binary, ...args] in a single-executable app.
  runAsProcess(argv.slice(2));
}

if (startupSnapshot.isBuildingSnapshot()) {
  startupSnapshot.setDeserializeMainFunction(start);
  void prepareScriptLoader();
} else {
  start();
}
