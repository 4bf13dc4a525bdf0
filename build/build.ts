/**
 * Builds dist/resim-metrics: one executable holding Node 24 and the CLI, to
 * copy into any image with glibc (distroless/cc is enough). Offline.
 *
 * Usage: node build/build.ts [--out <file>]
 *
 * Steps: esbuild bundles src/cli/main.ts (the CLI), the chunks of the large
 * dependencies it loads on demand (src/cli/cli_bundle.ts) and
 * src/cli/binary.ts (the entry point that loads them) into CommonJS files;
 * build/code_cache.ts runs the CLI on a sample workload and records the V8
 * code cache of each bundle; Node's SEA tooling makes a blob of the entry
 * point and the assets (the bundles and their code caches, Plotly for
 * `preview`, the SDK's type declarations for
 * `types` and `init`, DuckDB's native library for `eval`); postject injects it into a stripped copy of the pinned
 * Node binary from the `node` npm package. A last check runs the binary and
 * fails the build if V8 rejects the code cache.
 * @module
 */

import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, zstdCompressSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import { bundleAssets, chunkAssetOf, chunkPackages, chunkPrefix, cliBundleAsset, codeCacheAssetOf } from "../src/cli/cli_bundle.ts";
import { declarationsAsset } from "../src/cli/declarations.ts";
import { plotlyAssetName } from "../src/preview/plotly_source.ts";
import { nativeFiles, nativeManifestAsset, type NativeManifest } from "../src/evaluation/sql/native_library.ts";
import { recordCodeCache } from "./code_cache.ts";
import { bundleDeclarations } from "./declarations.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
/** The Node binary of the `node` npm package: the version package.json pins. */
const pinnedNode = join(repo, "node_modules/node/bin/node");
const seaFuse = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
/** The file name of the entry point's bundle. */
const entryName = "binary.cjs";
/**
 * The Node and V8 flags the binary runs with; the code cache is recorded under them too, since V8
 * rejects a cache made with other code-generation flags. `--min-semi-space-size=4` (MB) starts
 * the young generation large enough that a short run collects no garbage: V8's default start
 * scavenged once in `run noop.ts` and twice in the example's run, 0.6 ms each, and the runs
 * took 1–1.7 and 2.3–3.4 ms longer, at the same peak RSS. The space still grows to V8's
 * maximum. Left out: `--max-semi-space-size=2` cut a batch fetch's peak RSS by 30% but slowed a
 * script parsing a 50 MB JSON log by 17%.
 */
const runtimeFlags: readonly string[] = ["--min-semi-space-size=4"];

/** The version of the pinned Node binary. */
function pinnedNodeVersion(): string {
  return (JSON.parse(readFileSync(join(repo, "node_modules/node/package.json"), "utf8")) as { version: string }).version;
}

function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`Cannot build: ${command} ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`})\n${result.stderr}`);
  }
  return result.stderr;
}

/** `bytes` in megabytes, for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

const lazyChildProcess = "lazy-child-process";

/**
 * Commander imports `node:child_process` for subcommands that are separate
 * executables, which this CLI has none of; loading it (and `node:net`,
 * `node:stream` behind it) cost every start 2.5 ms. Commander gets a stand-in
 * that loads the module on first use.
 */
const commanderSpawnsLazily: Plugin = {
  name: "commander-spawns-lazily",
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /[/\\]node_modules[/\\]commander[/\\]/.test(importer) ? { path: lazyChildProcess, namespace: lazyChildProcess } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: lazyChildProcess }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, name) => require("node:child_process")[name] });',
      loader: "js",
    }));
  },
};

/**
 * The packages of src/cli/cli_bundle.ts's `chunkPackages` stay out of the CLI
 * bundle, which requires each by name from its chunk: a start compiles only
 * the code it can run. Each chunk is bundled apart (see {@link bundleChunk}).
 */
const chunksStayApart: Plugin = {
  name: "chunks-stay-apart",
  setup(build) {
    const names = new Set(chunkPackages);
    build.onResolve({ filter: /^[@a-z]/ }, ({ path }) => (names.has(path) ? { path: `${chunkPrefix}${path}`, external: true } : undefined));
  },
};

const duckDbBindings = "duckdb-bindings";

/**
 * `@duckdb/node-api` requires its native addon through `@duckdb/node-bindings`;
 * in the binary that module becomes the loader of the embedded copy.
 */
const duckDbLoadsEmbedded: Plugin = {
  name: "duckdb-loads-embedded",
  setup(build) {
    build.onResolve({ filter: /^@duckdb\/node-bindings$/ }, () => ({ path: duckDbBindings, namespace: duckDbBindings }));
    build.onLoad({ filter: /.*/, namespace: duckDbBindings }, () => ({
      contents: `module.exports = require(${JSON.stringify(join(repo, "src/evaluation/sql/native_library.ts"))}).loadEmbeddedDuckDb();`,
      loader: "js",
      resolveDir: repo,
    }));
  },
};

/**
 * The native DuckDB files as zstd-compressed assets (level 9: a third of the size, unpacked in
 * a quarter of a second; level 19 saves 2 MB more but takes a minute to build), and their manifest.
 */
function embedDuckDb(work: string, assets: Record<string, string>): void {
  const platform = join(repo, "node_modules/@duckdb", `node-bindings-${process.platform}-${process.arch}`);
  const version = (JSON.parse(readFileSync(join(platform, "package.json"), "utf8")) as { version: string }).version;
  const files = nativeFiles.map((name) => {
    const bytes = readFileSync(join(platform, name));
    const asset = `${name}.zst`;
    assets[asset] = join(work, asset);
    writeFileSync(assets[asset], zstdCompressSync(bytes, { params: { [zlib.ZSTD_c_compressionLevel]: 9 } }));
    return { name, asset, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
  const manifest: NativeManifest = { version, files };
  assets[nativeManifestAsset] = join(work, nativeManifestAsset);
  writeFileSync(assets[nativeManifestAsset], JSON.stringify(manifest));
}

/** A patch of a dependency's file: `find` must occur in it exactly once. */
interface SourcePatch {
  readonly file: RegExp;
  readonly find: string;
  readonly replace: string;
}

/**
 * Sucrase, which compiles every TypeScript script `run` loads, does work at
 * module load that the CLI does not need: a run type-checks its options
 * against tables that ts-interface-checker builds (the CLI passes one fixed
 * set, checked by tsc), and fills a 64K-entry character table in an
 * interpreted loop (about 2 ms). The build drops the first and fills the
 * table with one call. A patch whose text is gone (a new sucrase) fails the
 * build, so it is redone rather than silently lost.
 */
const sucrasePatches: readonly SourcePatch[] = [
  {
    file: /[/\\]node_modules[/\\]sucrase[/\\]dist[/\\]index\.js$/,
    find: "var _Options = require('./Options');",
    replace: "var _Options = { validateOptions() {} };",
  },
  {
    file: /[/\\]node_modules[/\\]sucrase[/\\]dist[/\\]parser[/\\]util[/\\]identifier\.js$/,
    find: "for (let i = 128; i < 65536; i++) {\n  exports.IS_IDENTIFIER_CHAR[i] = 1;\n}",
    replace: "exports.IS_IDENTIFIER_CHAR.fill(1, 128);",
  },
];

/** Applies `patches` to the files they name as esbuild loads them. */
function patchSources(name: string, patches: readonly SourcePatch[]): Plugin {
  return {
    name,
    setup(build) {
      for (const patch of patches) {
        build.onLoad({ filter: patch.file }, ({ path }) => {
          const source = readFileSync(path, "utf8");
          const parts = source.split(patch.find);
          if (parts.length !== 2) throw new Error(`Cannot build: ${name} expects "${patch.find}" once in ${path}; the dependency changed, update the patch`);
          return { contents: parts.join(patch.replace), loader: "js" };
        });
      }
    },
  };
}

/** The options every bundle of the binary is made with: minified CommonJS for Node 24. */
const bundleOptions = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node24",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
} as const;

/** Bundles the package `pkg` alone into `outfile`, as its chunk, which exports the package's exports. */
async function bundleChunk(pkg: string, outfile: string): Promise<void> {
  await build({
    ...bundleOptions,
    stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: repo, loader: "js" },
    outfile,
    plugins: [duckDbLoadsEmbedded, patchSources("sucrase-starts-lean", sucrasePatches)],
  });
}

/** Bundles `entry` (a path under the repository) into `outfile`, without the chunks; returns esbuild's metafile. */
async function bundle(entry: string, outfile: string): Promise<Metafile> {
  const result = await build({
    ...bundleOptions,
    entryPoints: [join(repo, entry)],
    outfile,
    // import() of a built-in becomes require(): code compiled by vm.Script, as the CLI is in the
    // binary, has no dynamic-import callback, so import() would reach no module at all.
    supported: { "dynamic-import": false },
    // import.meta is only read where it may be empty (src/runner/_own_code.ts, main's entry check,
    // src/config/yaml_module.ts, which uses the bundle's require instead).
    logOverride: { "empty-import-meta": "silent" },
    plugins: [chunksStayApart, commanderSpawnsLazily],
  });
  return result.metafile;
}

/** The sizes of what {@link makeExecutable} put together, in bytes. */
export interface ExecutableParts {
  /** The stripped Node binary. */
  readonly node: number;
  /** The SEA blob: the main script and the assets. */
  readonly blob: number;
}

/**
 * Makes a single executable at `out` whose main script is the CommonJS file
 * `work/<main>`, embedding `assets` (name → file) and starting Node with
 * `execArgv`. Intermediate files stay in `work`.
 */
export function makeExecutable(work: string, main: string, out: string, options: { assets?: Record<string, string>; execArgv?: readonly string[] } = {}): ExecutableParts {
  const blob = join(work, "sea.blob");
  const config = {
    main,
    output: blob,
    disableExperimentalSEAWarning: true,
    // The main script only loads the CLI, which has its own code cache: one for the main would add
    // a Node warning on every start where V8 flags differ, for no measurable gain.
    useCodeCache: false,
    execArgv: options.execArgv ?? [],
    assets: options.assets ?? {},
  };
  writeFileSync(join(work, "sea.json"), JSON.stringify(config, null, 2));
  run(pinnedNode, ["--experimental-sea-config", "sea.json"], { cwd: work });

  const binary = join(work, "executable");
  copyFileSync(pinnedNode, binary);
  chmodSync(binary, 0o755);
  run("strip", ["--strip-all", binary]);
  const parts = { node: statSync(binary).size, blob: statSync(blob).size };
  run(pinnedNode, [join(repo, "node_modules/postject/dist/cli.js"), binary, "NODE_SEA_BLOB", blob, "--sentinel-fuse", seaFuse]);
  mkdirSync(dirname(out), { recursive: true });
  copyFileSync(binary, out);
  chmodSync(out, 0o755);
  return parts;
}

/** Assets compressed with brotli, hence `.br`, and read with `node:sea`'s `getAsset(name)`. */
const compressedAssets: Readonly<Record<string, () => string | Buffer>> = {
  [plotlyAssetName]: () => readFileSync(join(repo, "node_modules/plotly.js-dist-min/plotly.min.js")),
  [declarationsAsset]: bundleDeclarations,
};

/** A built binary and what it is made of. */
export interface BuiltBinary {
  readonly path: string;
  readonly bytes: number;
  readonly nodeVersion: string;
  /** The stripped Node binary, the SEA blob, and each embedded asset, with their sizes. */
  readonly parts: readonly { readonly name: string; readonly bytes: number }[];
}

/** One line describing `built`. */
function describeBinary(built: BuiltBinary): string {
  const parts = built.parts.map((part) => `${part.name} ${megabytes(part.bytes)}`).join(", ");
  return `${built.path}: ${megabytes(built.bytes)} (Node ${built.nodeVersion}; ${parts})`;
}

/** Fails if the binary at `path` does not start from its code cache. */
function checkCodeCacheAccepted(path: string): void {
  const stderr = run(path, ["--version"], { env: { RESIM_METRICS_DEBUG: "1" } });
  if (stderr !== "") throw new Error(`Cannot build: "${path} --version" wrote to stderr:\n${stderr}`);
}

/** Builds the binary at `out`. */
export async function buildBinary(out: string): Promise<BuiltBinary> {
  const work = mkdtempSync(join(tmpdir(), "resim-metrics-build-"));
  try {
    const bundles = join(work, "bundles");
    const assets: Record<string, string> = {};
    for (const asset of bundleAssets.flatMap((name) => [name, codeCacheAssetOf(name)])) assets[asset] = join(bundles, asset);
    await bundle("src/cli/main.ts", assets[cliBundleAsset]!);
    for (const pkg of chunkPackages) await bundleChunk(pkg, assets[chunkAssetOf(pkg)]!);
    await bundle("src/cli/binary.ts", join(work, entryName));
    recordCodeCache({ node: pinnedNode, execArgv: runtimeFlags, folder: bundles });
    for (const [name, content] of Object.entries(compressedAssets)) {
      assets[name] = join(work, name);
      writeFileSync(assets[name], brotliCompressSync(content(), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    embedDuckDb(work, assets);
    const made = makeExecutable(work, entryName, out, { assets, execArgv: runtimeFlags });
    checkCodeCacheAccepted(out);
    return {
      path: out,
      bytes: statSync(out).size,
      nodeVersion: pinnedNodeVersion(),
      parts: [
        { name: "stripped Node", bytes: made.node },
        { name: "SEA blob", bytes: made.blob },
        ...Object.entries({ [entryName]: join(work, entryName), ...assets }).map(([name, path]) => ({ name, bytes: statSync(path).size })),
      ],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  console.log(describeBinary(await buildBinary(resolve(values.out ?? join(repo, "dist/resim-metrics")))));
}
