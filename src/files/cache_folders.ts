/**
 * The per-user cache folders, one rule for everything the CLI keeps between
 * runs (the SQL engine's native files, compiled scripts).
 * @module
 */

import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * Where the CLI keeps its caches, most preferred first:
 * `$XDG_CACHE_HOME/resim-metrics` (or `~/.cache/resim-metrics`), then a
 * per-user folder under the temporary folder for when there is no writable
 * home.
 *
 * @example
 * ```ts
 * cacheRoots({ HOME: "/home/me" }); // ["/home/me/.cache/resim-metrics", "/tmp/resim-metrics-1000"]
 * ```
 */
export function cacheRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots: string[] = [];
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg !== undefined && xdg !== "") roots.push(join(xdg, "resim-metrics"));
  const home = env["HOME"] ?? homeOfUser();
  if (home !== "" && home !== "/") roots.push(join(home, ".cache", "resim-metrics"));
  roots.push(join(tmpdir(), `resim-metrics-${process.getuid?.() ?? "user"}`));
  return roots;
}

/** The user's home folder from the password database, or "" when there is none (as in a bare container). */
function homeOfUser(): string {
  try {
    return homedir();
  } catch {
    return "";
  }
}

/**
 * Writes the cache file `path` (creating its folder, readable by the user
 * only) with `mode`: beside it first, then renamed over it, so that another
 * process never reads half a file. Throws the file-system error.
 *
 * @example
 * ```ts
 * writeCacheFile(join(cacheRoots()[0]!, "scripts", "0a1b2c3d.json"), "{}", 0o644);
 * ```
 */
export function writeCacheFile(path: string, content: Uint8Array | string, mode: number): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, content, { mode });
  renameSync(partial, path);
}
