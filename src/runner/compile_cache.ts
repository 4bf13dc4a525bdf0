/**
 * Compiled TypeScript kept between runs: the JavaScript compiled from a
 * script file is stored in the per-user cache folder
 * (`<cache>/scripts/<hash of the path>.json`) with the tool's version and the
 * exact source it came from, and reused while both match, so a script run
 * again starts without loading the compiler. An entry that cannot be read or
 * parsed, or holds another source or version, is compiled again and
 * replaced; a cache folder that cannot be written only costs the saving.
 * @module
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import { cacheRoots, nameHash, writeCacheFile } from "../files/index.ts";
import { compileTypeScript, type CompiledScript } from "./typescript.ts";

/** What an entry holds: what it was compiled from, and the result. */
interface CacheEntry extends CompiledScript {
  readonly version: string;
  readonly path: string;
  readonly source: string;
}

/** Where the compile cache lives and what it is keyed by; the defaults are the CLI's. */
export interface CompileCacheOptions {
  /** Cache folders, most preferred first. */
  readonly roots?: readonly string[];
  /** The tool's version: entries of other versions are compiled again. */
  readonly version?: string;
  /** The compiler. */
  readonly compile?: (source: string, path: string) => CompiledScript;
}

function entryPath(root: string, path: string): string {
  return join(root, "scripts", `${nameHash(path)}.json`);
}

/** The entry of `path` under `root` if it was compiled from `source` by `version`. */
function readEntry(file: string, path: string, source: string, version: string): CompiledScript | undefined {
  let entry: Partial<CacheEntry>;
  try {
    entry = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheEntry>;
  } catch {
    return undefined;
  }
  if (entry === null || typeof entry !== "object" || entry.version !== version || entry.path !== path || entry.source !== source || typeof entry.code !== "string") {
    return undefined;
  }
  return { code: entry.code, sourceMap: entry.sourceMap ?? undefined };
}

/**
 * Compiles the TypeScript `source` of the file at `path` as
 * {@link compileTypeScript} does, reusing the result stored by an earlier
 * run when the source and the tool's version are the same.
 * @throws {SyntaxError} as {@link compileTypeScript} (failures are not stored).
 *
 * @example
 * ```ts
 * const { code } = compileTypeScriptCached(readFileSync(path, "utf8"), path);
 * ```
 */
export function compileTypeScriptCached(source: string, path: string, options: CompileCacheOptions = {}): CompiledScript {
  const roots = options.roots ?? cacheRoots();
  const version = options.version ?? pkg.version;
  for (const root of roots) {
    const hit = readEntry(entryPath(root, path), path, source, version);
    if (hit !== undefined) return hit;
  }
  const compiled = (options.compile ?? compileTypeScript)(source, path);
  const entry: CacheEntry = { version, path, source, code: compiled.code, sourceMap: compiled.sourceMap };
  const text = JSON.stringify(entry);
  for (const root of roots) {
    try {
      writeCacheFile(entryPath(root, path), text, 0o600);
      break;
    } catch {
      // Not writable: the next folder, or no saving this time.
    }
  }
  return compiled;
}
