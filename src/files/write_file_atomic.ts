/**
 * Replacing a file atomically. The content goes to a temporary file in the
 * same folder, is flushed to disk, and the temporary file is renamed over
 * the target, so readers (and the platform, after a crash or a kill) see
 * either the old file or the complete new one, never a partial file. The
 * folder itself is not fsynced: that would make the rename durable, not
 * atomic, and costs a start-up's millisecond for nothing the platform needs.
 *
 * A temporary file is named `.<name>.<host>-<pid>.<random>.tmp`, after the
 * machine and the process writing it. SIGTERM or SIGINT during a write
 * removes it before the process ends by that signal; a process killed
 * outright leaves it, and {@link removeStaleTemporaries} removes it later
 * once its writer is gone.
 * @module
 */

import { rmSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { createFileSynced, readdir, rename, rm, stat } from "./fs_async.ts";
import { nameHash } from "./name_hash.ts";
import { osRandomBytes } from "./os_random.ts";

let hostTagOnce: string | undefined;

/**
 * Names the machine in temporary file names: process ids mean something
 * only on the machine that issued them. A tag, not a secret: the
 * {@link nameHash} of the host name.
 *
 * @example
 * hostTag(); // "3f0a91c2"
 */
export function hostTag(): string {
  hostTagOnce ??= nameHash(hostname());
  return hostTagOnce;
}

/** How long a temporary file of another machine, or of an unknown writer, stays untouched before it counts as stale. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Temporary files this process is writing, removed if it is signalled to stop. */
const inFlight = new Set<string>();
const stopSignals = ["SIGTERM", "SIGINT"] as const;

function onStopSignal(signal: NodeJS.Signals): void {
  for (const path of inFlight) rmSync(path, { force: true });
  inFlight.clear();
  for (const s of stopSignals) process.removeListener(s, onStopSignal);
  // Without listeners the signal has its default effect: the process ends by it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function track(path: string): void {
  if (inFlight.size === 0) for (const s of stopSignals) process.on(s, onStopSignal);
  inFlight.add(path);
}

function untrack(path: string): void {
  inFlight.delete(path);
  if (inFlight.size === 0) for (const s of stopSignals) process.removeListener(s, onStopSignal);
}

/**
 * Replaces `path` with `content` atomically (temporary file, fsync, rename).
 * Content given as chunks is written as they come, so a large body never
 * sits whole in memory. On failure (a file-system error, or an error the
 * chunks threw) the temporary file is removed and the error is rethrown as
 * it is, for the caller to word with `writeFailure`.
 *
 * @example
 * ```ts
 * await writeFileAtomic("/tmp/resim/outputs/metrics.binproto", bytes);
 * await writeFileAtomic("/tmp/fetched/emissions.resim.jsonl", response.body!);
 * ```
 */
export async function writeFileAtomic(path: string, content: Uint8Array | string | AsyncIterable<Uint8Array>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${hostTag()}-${process.pid}.${Buffer.from(osRandomBytes(6)).toString("hex")}.tmp`);
  track(temporary);
  try {
    await createFileSynced(temporary, content, 0o644);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    untrack(temporary);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Removes the temporary files that writes of `dir/<name>` left behind, and
 * returns their names. A file of this machine is stale once the process
 * that wrote it is gone (or, for this process's own id, once no write of
 * it is under way: a previous process had the id). A file of another
 * machine, or named without its writer, is stale after an hour untouched.
 * Files that vanish or cannot be removed meanwhile are skipped.
 *
 * @example
 * ```ts
 * const removed = await removeStaleTemporaries("/tmp/resim/outputs", "metrics.binproto");
 * ```
 */
export async function removeStaleTemporaries(dir: string, name: string): Promise<string[]> {
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.(?:([0-9a-f]{8})-([0-9]+)\\.)?[0-9a-f]{12}\\.tmp$`);
  const removed: string[] = [];
  for (const entry of await readdir(dir).catch(() => [])) {
    const match = pattern.exec(entry);
    if (match === null) continue;
    const path = join(dir, entry);
    const [, host, pid] = match;
    let stale: boolean;
    if (host === hostTag()) {
      stale = Number(pid) === process.pid ? !inFlight.has(path) : !isRunning(Number(pid));
    } else {
      const modified = await stat(path).then((s) => s.mtimeMs, () => undefined);
      stale = modified !== undefined && Date.now() - modified > STALE_AFTER_MS;
    }
    if (stale && (await rm(path).then(() => true, () => false))) removed.push(entry);
  }
  return removed;
}
