/**
 * Records the V8 code cache the binary starts from. A child process of the
 * pinned Node, given the binary's V8 flags, compiles the CLI bundle as the
 * binary does (src/cli/cli_bundle.ts), runs it on a sample workload, then
 * saves every function compiled by then: `--version`, `--help`, and `run` on
 * the example test-mode script, which reads inputs, loads TypeScript and
 * writes most metric types. Functions no sample reached compile on first use.
 *
 * Usage (the child, started by recordCodeCache): node build/code_cache.ts <bundle> <cache file>
 * @module
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { argv } from "node:process";
import { fileURLToPath } from "node:url";
import { compileCli } from "../src/cli/cli_bundle.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const example = join(repo, "examples/test-mode");

/** What {@link recordCodeCache} needs. */
export interface CodeCacheOptions {
  /** The Node binary the single executable is made from: its V8 must be the one that reads the cache. */
  readonly node: string;
  /** The V8 and Node flags the binary runs with; some change what V8 accepts. */
  readonly execArgv: readonly string[];
  /** The CLI bundle. */
  readonly bundle: string;
  /** Where to write the cache. */
  readonly cacheFile: string;
}

/** Runs the sample workload on the CLI bundle in a child process and writes its code cache. */
export function recordCodeCache(options: CodeCacheOptions): void {
  const child = [...options.execArgv, fileURLToPath(import.meta.url), options.bundle, options.cacheFile];
  const result = spawnSync(options.node, child, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`Cannot record the code cache: ${options.node} ${child.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`})\n${result.stderr}`);
  }
}

async function runSamples(bundle: string, cacheFile: string): Promise<void> {
  const cli = compileCli(readFileSync(bundle, "utf8"));
  const { main } = cli.evaluate(createRequire(import.meta.url));
  const outputs = mkdtempSync(join(tmpdir(), "resim-metrics-code-cache-"));
  // Every cache folder empty (src/files/cache_folders.ts): the sample compiles its TypeScript, so the compiler's code is recorded too.
  for (const name of ["XDG_CACHE_HOME", "HOME", "TMPDIR"]) process.env[name] = join(outputs, "cache");
  try {
    const samples = [["--version"], ["--help"], ["run", join(example, "script.ts"), "--inputs", join(example, "inputs"), "--outputs", outputs]];
    for (const args of samples) {
      const code = await main(args);
      if (code !== 0) throw new Error(`Cannot record the code cache: "resim-metrics ${args.join(" ")}" exited with ${code}`);
    }
  } finally {
    rmSync(outputs, { recursive: true, force: true });
  }
  writeFileSync(cacheFile, cli.createCodeCache());
}

if (import.meta.main) {
  const [bundle, cacheFile] = argv.slice(2);
  if (bundle === undefined || cacheFile === undefined) throw new Error("Usage: node build/code_cache.ts <bundle> <cache file>");
  await runSamples(bundle, cacheFile);
}
