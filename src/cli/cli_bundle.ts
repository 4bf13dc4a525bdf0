/**
 * The CLI as the single binary carries it: `main.ts` bundled into one
 * CommonJS file, and the V8 code cache the build recorded for that file,
 * both embedded as assets. The binary's entry point and the build compile
 * the bundle here, identically, because V8 accepts a code cache only for the
 * source and flags it was made with.
 * @module
 */

import { Script } from "node:vm";

/** The binary's asset holding the CLI bundle; also the file name stack frames in our code show. */
export const cliBundleAsset = "resim-metrics.cjs";

/** The binary's asset holding the V8 code cache of the CLI bundle. */
export const codeCacheAsset = "resim-metrics.cjs.cache";

/** What the CLI bundle exports: the entry points of `main.ts`. */
export type CliEntryPoints = Pick<typeof import("./main.ts"), "main" | "runAsProcess">;

/** The CLI bundle, compiled and not yet evaluated. */
export interface CompiledCli {
  /** Whether V8 refused the code cache given; functions are then compiled as they first run, which is slower. */
  readonly codeCacheRejected: boolean;
  /** Evaluates the bundle, whose `require` is `require`, and returns its exports. */
  evaluate(require: NodeJS.Require): CliEntryPoints;
  /** A code cache holding every function of the bundle compiled so far. */
  createCodeCache(): Buffer;
}

/** Compiles the CLI bundle's `source`, starting from `codeCache` if given. */
export function compileCli(source: string, codeCache?: Uint8Array): CompiledCli {
  // The CommonJS wrapper is written out, so that the source V8 hashes is the same here and in the build.
  const script = new Script(`(function (exports, require, module) {${source}\n})`, {
    filename: cliBundleAsset,
    ...(codeCache === undefined ? {} : { cachedData: codeCache }),
  });
  return {
    codeCacheRejected: codeCache !== undefined && script.cachedDataRejected === true,
    evaluate(require) {
      const module = { exports: {} as CliEntryPoints };
      (script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object) => void)(module.exports, require, module);
      return module.exports;
    },
    createCodeCache: () => script.createCachedData(),
  };
}
