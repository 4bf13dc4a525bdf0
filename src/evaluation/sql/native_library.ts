/**
 * DuckDB's native library in the single binary: the build embeds DuckDB's
 * Node addon and the shared library it links (zstd-compressed, with their
 * SHA-256 in a manifest); on first SQL use they are unpacked into a per-user
 * cache folder (see src/files/cache_folders.ts), checked against those
 * hashes on every use (a file that does not match is unpacked again), and
 * the addon is loaded from there. Outside
 * the binary, `@duckdb/node-api` loads its own package's addon instead.
 * @module
 */

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zstdDecompressSync } from "node:zlib";
import { cacheRoots, writeCacheFile } from "../../files/index.ts";

/** The binary's asset listing the native files: `{ version, files: [{ name, asset, sha256 }] }`. */
export const nativeManifestAsset = "duckdb-native.json";

/** What {@link nativeManifestAsset} holds. */
export interface NativeManifest {
  /** The `@duckdb/node-bindings` version, part of the cache folder's name. */
  readonly version: string;
  readonly files: readonly { readonly name: string; readonly asset: string; readonly sha256: string }[];
}

/** The files the build embeds: the addon, and the library it finds beside itself (its RUNPATH is `$ORIGIN`). */
export const nativeFiles: readonly string[] = ["duckdb.node", "libduckdb.so"];

/**
 * The native files could not be unpacked or loaded.
 *
 * @example
 * ```ts
 * throw new NativeLibraryError("Cannot unpack the SQL engine: no cache folder is writable");
 * ```
 */
export class NativeLibraryError extends Error {
  override name = "NativeLibraryError";
}

/** The part of `node:sea` read here. */
interface SingleExecutable {
  getAsset(key: string, encoding: string): string;
  /** The asset in place, read-only: no copy of the 20 MB compressed library. */
  getRawAsset(key: string): ArrayBuffer;
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function matches(path: string, hash: string): boolean {
  try {
    return sha256(readFileSync(path)) === hash;
  } catch {
    return false;
  }
}

/** Unpacks (or finds already unpacked) every file of `manifest` under `root`; returns the folder. */
function unpackInto(root: string, manifest: NativeManifest, sea: SingleExecutable): string {
  const folder = join(root, `duckdb-${manifest.version}-${manifest.files[0]!.sha256.slice(0, 12)}`);
  for (const file of manifest.files) {
    const target = join(folder, file.name);
    if (matches(target, file.sha256)) continue;
    const bytes = zstdDecompressSync(new Uint8Array(sea.getRawAsset(file.asset)));
    if (sha256(bytes) !== file.sha256) throw new NativeLibraryError(`Cannot load the SQL engine: the binary's "${file.asset}" does not match its hash; the binary is damaged, download it again`);
    writeCacheFile(target, bytes, 0o755);
  }
  return folder;
}

/**
 * The DuckDB addon's exports, loaded from the binary's embedded copy.
 *
 * @example
 * ```ts
 * const bindings = loadEmbeddedDuckDb(); // what require("@duckdb/node-bindings") gives from source
 * ```
 * @throws {NativeLibraryError} when no cache folder is writable or the addon does not load
 */
export function loadEmbeddedDuckDb(): unknown {
  const sea = process.getBuiltinModule("node:sea") as unknown as SingleExecutable;
  const manifest = JSON.parse(sea.getAsset(nativeManifestAsset, "utf8")) as NativeManifest;
  const failures: string[] = [];
  for (const root of cacheRoots()) {
    let folder: string;
    try {
      folder = unpackInto(root, manifest, sea);
    } catch (error) {
      if (error instanceof NativeLibraryError) throw error;
      failures.push(`${root}: ${(error as Error).message}`);
      continue;
    }
    const module = { exports: {} as unknown };
    try {
      process.dlopen(module, join(folder, "duckdb.node"));
    } catch (error) {
      throw new NativeLibraryError(`Cannot load the SQL engine from "${folder}": ${(error as Error).message}`, { cause: error });
    }
    return module.exports;
  }
  throw new NativeLibraryError(`Cannot unpack the SQL engine: no cache folder is writable (${failures.join("; ")}); set XDG_CACHE_HOME to a writable folder`);
}
