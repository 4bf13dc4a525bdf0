/**
 * Files for every module that reads or writes them: one atomic way to
 * replace a file (and to clear what an interrupted one left), one wording
 * of why a file-system call failed, the text files the single binary
 * embeds, reading big text files line by line, random bytes read from
 * the OS, and the few asynchronous calls `run` makes without loading
 * `node:fs/promises`.
 * @module
 */

export { cacheRoots, writeCacheFile } from "./cache_folders.ts";
export { embeddedText } from "./embedded_text.ts";
export { mkdirRecursive, readFile, stat } from "./fs_async.ts";
export { nameHash } from "./name_hash.ts";
export { readFailure, writeFailure } from "./fs_failure.ts";
export { osRandomBytes } from "./os_random.ts";
export { removeStaleTemporaries, writeFileAtomic } from "./write_file_atomic.ts";
export { forEachLine, type LinesRead } from "./text_lines.ts";
