/**
 * Builds dist/resim-metrics: one executable holding Node 24 and the CLI, to
 * copy into any image with glibc (distroless/cc is enough). Offline.
 *
 * Usage: node build/build.ts [--out <file>] [--code-cache]
 *   --out <file>    where to write the binary (default: dist/resim-metrics)
 *   --code-cache    start from a V8 code cache instead of a startup snapshot:
 *                   a smaller binary that starts slower (see bench/startup.ts)
 *
 * Steps: esbuild bundles src/cli/binary.ts into one CommonJS file; Node's SEA
 * tooling turns it into a blob holding a V8 startup snapshot (the CLI and
 * the run path already evaluated) and the assets (Plotly for `preview`, the
 * SDK's type declarations for `types` and `init`); the blob is injected with
 * postject into a stripped copy of the pinned Node binary from the `node`
 * npm package.
 */

import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { declarationsAsset } from "../src/cli/declarations.ts";
import { bundleDeclarations } from "./declarations.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
/** The Node binary of the `node` npm package: the version package.json pins. */
const pinnedNode = join(repo, "node_modules/node/bin/node");
const seaFuse = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
/** The bundle's file name, which stack frames in our code show. */
const bundleName = "resim-metrics.cjs";

/** The version of the pinned Node binary. */
export function pinnedNodeVersion(): string {
  return (JSON.parse(readFileSync(join(repo, "node_modules/node/package.json"), "utf8")) as { version: string }).version;
}

/** How the SEA starts its main script. */
export type StartMode = "snapshot" | "code-cache";

function run(command: string, args: readonly string[], cwd?: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", cwd });
  if (result.status !== 0) {
    throw new Error(`Cannot build: ${command} ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`})\n${result.stderr}`);
  }
}

/** Size of `path` in megabytes, for messages. */
export function megabytes(path: string): string {
  return `${(statSync(path).size / 1e6).toFixed(1)} MB`;
}

/** Bundles the binary's entry point into `outfile` (minified CommonJS); returns esbuild's metafile. */
export async function bundleCli(outfile: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [join(repo, "src/cli/binary.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node24",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    // import() of a built-in becomes require(): inside the binary, import() reaches no module at all
    // (a startup snapshot's main has no dynamic-import callback).
    supported: { "dynamic-import": false },
    // import.meta is only read where it may be empty (src/runner/_own_code.ts, main's entry check).
    logOverride: { "empty-import-meta": "silent" },
  });
  return result.metafile;
}

/**
 * Makes a single executable at `out` from the CommonJS file `work/<main>`,
 * embedding `assets` (name → file). Intermediate files stay in `work`.
 */
export function makeExecutable(work: string, main: string, out: string, options: { start: StartMode; assets?: Record<string, string> }): void {
  const blob = join(work, "sea.blob");
  const config = {
    // Relative: with a code cache, frames in our code then read "resim-metrics.cjs:1:2".
    main,
    output: blob,
    disableExperimentalSEAWarning: true,
    useSnapshot: options.start === "snapshot",
    useCodeCache: options.start === "code-cache",
    assets: options.assets ?? {},
  };
  writeFileSync(join(work, "sea.json"), JSON.stringify(config, null, 2));
  run(pinnedNode, ["--experimental-sea-config", "sea.json"], work);

  const binary = join(work, "executable");
  copyFileSync(pinnedNode, binary);
  chmodSync(binary, 0o755);
  run("strip", ["--strip-all", binary]);
  run(pinnedNode, [join(repo, "node_modules/postject/dist/cli.js"), binary, "NODE_SEA_BLOB", blob, "--sentinel-fuse", seaFuse]);
  mkdirSync(dirname(out), { recursive: true });
  copyFileSync(binary, out);
  chmodSync(out, 0o755);
}

/** The assets the binary embeds, read with `node:sea`'s `getAsset(name)`: brotli-compressed, hence `.br`. */
const assetSources: Readonly<Record<string, () => string | Buffer>> = {
  "plotly.min.js.br": () => readFileSync(join(repo, "node_modules/plotly.js-dist-min/plotly.min.js")),
  [declarationsAsset]: bundleDeclarations,
};

/** Builds the binary at `out`; returns a line describing it. */
export async function buildBinary(out: string, start: StartMode): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "resim-metrics-build-"));
  try {
    await bundleCli(join(work, bundleName));
    const assets: Record<string, string> = {};
    for (const [name, content] of Object.entries(assetSources)) {
      assets[name] = join(work, name);
      writeFileSync(assets[name], brotliCompressSync(content(), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    makeExecutable(work, bundleName, out, { start, assets });
    return `${out}: ${megabytes(out)} (Node ${pinnedNodeVersion()}, ${start}, bundle ${megabytes(join(work, bundleName))}, blob ${megabytes(join(work, "sea.blob"))})`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string" }, "code-cache": { type: "boolean" } } });
  console.log(await buildBinary(resolve(values.out ?? join(repo, "dist/resim-metrics")), values["code-cache"] ? "code-cache" : "snapshot"));
}
