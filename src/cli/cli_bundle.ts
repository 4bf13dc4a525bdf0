/**
 * The CLI as the single binary carries it: `main.ts` bundled into one
 * CommonJS file, and the large dependencies few commands use (the TypeScript
 * compiler, YAML, Liquid, DuckDB) each bundled apart as a chunk, so a start
 * compiles only the CLI's own code. Every bundle is embedded with the V8 code
 * cache the build recorded for it. The binary's entry point and the build
 * compile the bundles here, identically, because V8 accepts a code cache only
 * for the source and flags it was made with.
 * @module
 */

import { Script } from "node:vm";

/** The binary's asset holding the CLI bundle; also the file name stack frames in our code show. */
export const cliBundleAsset = "resim-metrics.cjs";

/** The asset holding the V8 code cache of the bundle in asset `bundle`. */
export const codeCacheAssetOf = (bundle: string): string => `${bundle}.cache`;

/**
 * The packages bundled as chunks, each loaded on its first `require`. The
 * CLI bundle requires a chunk by the package's name with {@link chunkPrefix}
 * before it; the chunk's asset is {@link chunkAssetOf} the package.
 */
export const chunkPackages: readonly string[] = ["sucrase", "yaml", "liquidjs", "@duckdb/node-api"];

/** What the CLI bundle's `require` is given, before a package name, for a chunk. */
export const chunkPrefix = "resim-metrics:chunk/";

/** The asset holding the chunk of `pkg`, one of {@link chunkPackages}. */
export const chunkAssetOf = (pkg: string): string => `chunk-${pkg.replace(/[^a-z0-9.-]/gi, "_")}.cjs`;

/** The assets holding bundles: the CLI's, then each chunk's. */
export const bundleAssets: readonly string[] = [cliBundleAsset, ...chunkPackages.map(chunkAssetOf)];

/** What the CLI bundle exports: the entry points of `main.ts`. */
export type CliEntryPoints = Pick<typeof import("./main.ts"), "main" | "runAsProcess">;

/** A bundle, compiled and not yet evaluated. */
export interface CompiledBundle {
  /** Whether V8 refused the code cache given; functions are then compiled as they first run, which is slower. */
  readonly codeCacheRejected: boolean;
  /** Evaluates the bundle, whose `require` is `require`, and returns its `module.exports`. */
  evaluate(require: (id: string) => unknown): unknown;
  /** A code cache holding every function of the bundle compiled so far. */
  createCodeCache(): Buffer;
}

/** Compiles the CommonJS bundle `source`, named `asset` in stack frames, starting from `codeCache` if given. */
export function compileBundle(asset: string, source: string, codeCache?: Uint8Array): CompiledBundle {
  // The CommonJS wrapper is written out, so that the source V8 hashes is the same here and in the build.
  const script = new Script(`(function (exports, require, module) {${source}\n})`, {
    filename: asset,
    ...(codeCache === undefined ? {} : { cachedData: codeCache }),
  });
  return {
    codeCacheRejected: codeCache !== undefined && script.cachedDataRejected === true,
    evaluate(require) {
      const module = { exports: {} };
      (script.runInThisContext() as (exports: object, require: (id: string) => unknown, module: object) => void)(module.exports, require, module);
      return module.exports;
    },
    createCodeCache: () => script.createCachedData(),
  };
}

/** Where a {@link BundleLoader} finds a bundle's source and code cache by asset name. */
export interface BundleAssets {
  source(asset: string): string;
  /** The code cache in `asset`, or undefined if there is none. */
  codeCache(asset: string): Uint8Array | undefined;
}

/** Loads the CLI bundle and its chunks from their assets. */
export interface BundleLoader {
  /** Compiles and evaluates the bundle in `asset` once, and returns its `module.exports`. */
  load(asset: string): unknown;
  /** The `require` bundles run with: chunks by {@link chunkPrefix} and package name, and built-in modules. */
  readonly require: (id: string) => unknown;
  /** Every bundle compiled so far, by asset name. */
  readonly bundles: ReadonlyMap<string, CompiledBundle>;
}

/**
 * Loads bundles from `assets`, each starting from its code cache, calling
 * `onCodeCacheRejected` for a cache V8 refuses. Their `require` gives chunks,
 * loaded on first use, and passes every other name (built-in modules) to
 * `builtin`.
 *
 * @example
 * ```ts
 * const loader = bundleLoader(assets, createRequire(execPath), () => {});
 * (loader.load(cliBundleAsset) as CliEntryPoints).runAsProcess(["--version"]);
 * ```
 */
export function bundleLoader(assets: BundleAssets, builtin: (id: string) => unknown, onCodeCacheRejected: (asset: string) => void): BundleLoader {
  const bundles = new Map<string, CompiledBundle>();
  const exports = new Map<string, unknown>();
  const load = (asset: string): unknown => {
    if (!exports.has(asset)) {
      const bundle = compileBundle(asset, assets.source(asset), assets.codeCache(codeCacheAssetOf(asset)));
      if (bundle.codeCacheRejected) onCodeCacheRejected(asset);
      bundles.set(asset, bundle);
      exports.set(asset, bundle.evaluate(require));
    }
    return exports.get(asset);
  };
  const require = (id: string): unknown => (id.startsWith(chunkPrefix) ? load(chunkAssetOf(id.slice(chunkPrefix.length))) : builtin(id));
  return { load, require, bundles };
}
