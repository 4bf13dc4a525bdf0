/**
 * The asynchronous file-system calls that `run` makes on its way to a
 * metrics file, as promises over `node:fs`'s callbacks. `node:fs/promises`
 * gives the same calls, but loading it (and the stream and readline modules
 * it pulls in) costs every start about 2 ms, a tenth of what `run` adds to
 * Node's own start; `node:fs` is loaded already. The errors are the same
 * `ErrnoException`s (code, syscall, path).
 * @module
 */

// Named imports: a namespace import of a built-in costs the bundle a getter per export at start.
import { close, fsync, mkdir, open, readdir as fsReaddir, readFile as fsReadFile, rename as fsRename, rm as fsRm, stat as fsStat, type Stats, write, writeFile } from "node:fs";

type Callback<T> = (error: NodeJS.ErrnoException | null | undefined, value: T) => void;

/** The promise of what `start` passes its callback (Node passes `null` for no error, Deno `undefined`). */
function settle<T>(start: (done: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error === null || error === undefined ? resolve(value) : reject(error))));
}

/**
 * The bytes of the file at `path`.
 *
 * @example
 * ```ts
 * const bytes = await readFile("/tmp/resim/inputs/logs/log.json");
 * ```
 */
export function readFile(path: string): Promise<Buffer> {
  return settle((done) => fsReadFile(path, done));
}

/**
 * What `path` is (following symbolic links).
 *
 * @example
 * ```ts
 * (await stat("/tmp/resim/inputs")).isDirectory();
 * ```
 */
export function stat(path: string): Promise<Stats> {
  return settle((done) => fsStat(path, done));
}

/**
 * Creates the folder `path` and any missing parent.
 *
 * @example
 * ```ts
 * await mkdirRecursive("/tmp/resim/outputs");
 * ```
 */
export function mkdirRecursive(path: string): Promise<void> {
  return settle<string | undefined>((done) => mkdir(path, { recursive: true }, done)).then(() => undefined);
}

/**
 * The names in the folder `path`.
 *
 * @example
 * ```ts
 * const names = await readdir("/tmp/resim/outputs");
 * ```
 */
export function readdir(path: string): Promise<string[]> {
  return settle((done) => fsReaddir(path, done));
}

/**
 * Renames `from` to `to`, replacing `to`.
 *
 * @example
 * ```ts
 * await rename("/tmp/out/.metrics.binproto.tmp", "/tmp/out/metrics.binproto");
 * ```
 */
export function rename(from: string, to: string): Promise<void> {
  return settle<void>((done) => fsRename(from, to, (error) => done(error, undefined)));
}

/**
 * Removes the file `path`; with `force`, a missing file is no failure.
 *
 * @example
 * ```ts
 * await rm("/tmp/out/.metrics.binproto.tmp", { force: true });
 * ```
 */
export function rm(path: string, options: { force?: boolean } = {}): Promise<void> {
  return settle<void>((done) => fsRm(path, options, (error) => done(error, undefined)));
}

/** Writes every byte of `chunk` at the file's current position. */
async function writeChunk(fd: number, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.byteLength; ) {
    offset += await settle<number>((done) => write(fd, chunk, offset, chunk.byteLength - offset, null, done));
  }
}

/**
 * Creates the file `path` (failing if it exists) with `mode`, writes
 * `content` (chunks as they come), flushes it to disk and closes it; on
 * failure it is closed too.
 *
 * @example
 * ```ts
 * await createFileSynced("/tmp/out/.metrics.binproto.tmp", bytes, 0o644);
 * ```
 */
export async function createFileSynced(path: string, content: Uint8Array | string | AsyncIterable<Uint8Array>, mode: number): Promise<void> {
  const fd = await settle<number>((done) => open(path, "wx", mode, done));
  try {
    if (typeof content === "string" || content instanceof Uint8Array) await settle<void>((done) => writeFile(fd, content, (error) => done(error, undefined)));
    else for await (const chunk of content) await writeChunk(fd, chunk);
    await settle<void>((done) => fsync(fd, (error) => done(error, undefined)));
  } finally {
    await settle<void>((done) => close(fd, (error) => done(error, undefined)));
  }
}
