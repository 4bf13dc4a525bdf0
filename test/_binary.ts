/**
 * The single binary for tests: built once per state of the sources into
 * `.cache/binary/<hash>/`, shared by every test file (a lock keeps
 * concurrent test processes from building it twice).
 * @module
 */

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { buildBinary } from "../build/build.ts";
import { repoDir } from "./_shared.ts";

const cacheDir = join(repoDir, ".cache/binary");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** A hash of everything the binary is built from. */
function sourcesHash(): string {
  const hash = createHash("sha256");
  const files = [
    ...filesUnder(join(repoDir, "src")),
    ...filesUnder(join(repoDir, "build")),
    // The build records the code cache on this example.
    ...filesUnder(join(repoDir, "examples/test-mode")),
    ...["package-lock.json", "package.json", "tsconfig.json"].map((name) => join(repoDir, name)),
  ].sort();
  for (const file of files) hash.update(relative(repoDir, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

function lockHolderAlive(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, "pid"), "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}

/** Path of a binary built from the current sources, building it if needed. */
export async function ensureBinary(): Promise<string> {
  const hash = sourcesHash();
  const binary = join(cacheDir, hash, "resim-metrics");
  const lock = join(cacheDir, `${hash}.lock`);
  mkdirSync(cacheDir, { recursive: true });
  for (;;) {
    if (existsSync(binary)) return binary;
    try {
      mkdirSync(lock);
    } catch {
      if (!lockHolderAlive(lock) && statSync(lock).mtimeMs < Date.now() - 1000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      writeFileSync(join(lock, "pid"), String(process.pid));
      const staging = join(cacheDir, `${hash}.staging`, "resim-metrics");
      rmSync(join(cacheDir, `${hash}.staging`), { recursive: true, force: true });
      await buildBinary(staging);
      for (const old of readdirSync(cacheDir)) if (!old.startsWith(hash)) rmSync(join(cacheDir, old), { recursive: true, force: true });
      mkdirSync(join(cacheDir, hash), { recursive: true });
      // A rename: other test processes see no binary or a whole one.
      renameSync(staging, binary);
      rmSync(join(cacheDir, `${hash}.staging`), { recursive: true, force: true });
      return binary;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
