/**
 * Records the V8 code caches the binary starts from. A child process of the
 * pinned Node, given the binary's V8 flags, loads the CLI bundle and its
 * chunks as the binary does (src/cli/cli_bundle.ts), runs the CLI on a sample
 * workload, then saves beside each bundle every function compiled by then
 * (for a chunk no sample loaded, its top level). The samples: `--version`,
 * `--help`, and `run` on the example test-mode script, which reads inputs,
 * compiles TypeScript and writes most metric types. Functions no sample
 * reached compile on first use.
 *
 * Usage (the child, started by recordCodeCache): node build/code_cache.ts <folder of bundles>
 * @module
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { argv } from "node:process";
import { fileURLToPath } from "node:url";
import { bundleAssets, bundleLoader, cliBundleAsset, type CliEntryPoints, codeCacheAssetOf, compileBundle } from "../src/cli/cli_bundle.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const example = join(repo, "examples/test-mode");

/** What {@link recordCodeCache} needs. */
export interface CodeCacheOptions {
  /** The Node binary the single executable is made from: its V8 must be the one that reads the cache. */
  readonly node: string;
  /** The V8 and Node flags the binary runs with; some change what V8 accepts. */
  readonly execArgv: readonly string[];
  /** The folder holding the CLI bundle and its chunks, named as their assets; each cache is written beside its bundle. */
  readonly folder: string;
}

/** Runs the sample workload on the CLI bundle in a child process and writes the code caches. */
export function recordCodeCache(options: CodeCacheOptions): void {
  const child = [...options.execArgv, fileURLToPath(import.meta.url), options.folder];
  const result = spawnSync(options.node, child, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`Cannot record the code cache: ${options.node} ${child.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`})\n${result.stderr}`);
  }
}

async function runSamples(folder: string): Promise<void> {
  const assets = { source: (asset: string) => readFileSync(join(folder, asset), "utf8"), codeCache: () => undefined };
  const loader = bundleLoader(assets, createRequire(import.meta.url), () => {});
  const { main } = loader.load(cliBundleAsset) as CliEntryPoints;
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
  // A chunk no sample loaded is compiled without running (DuckDB's loads a native library only the binary holds).
  for (const asset of bundleAssets) {
    const bundle = loader.bundles.get(asset) ?? compileBundle(asset, assets.source(asset));
    writeFileSync(join(folder, codeCacheAssetOf(asset)), bundle.createCodeCache());
  }
}

if (import.meta.main) {
  const [folder] = argv.slice(2);
  if (folder === undefined || !existsSync(join(folder, cliBundleAsset))) throw new Error(`Usage: node build/code_cache.ts <folder holding ${cliBundleAsset}>`);
  await runSamples(folder);
}
