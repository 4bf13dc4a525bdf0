/**
 * Files for every module that reads or writes them: one atomic way to
 * replace a file (and to clear what an interrupted one left), one wording
 * of why a file-system call failed, the text files the single binary
 * embeds, reading big text files line by line, and random bytes read
 * from the OS.
 * @module
 */

export { embeddedText } from "./embedded_text.ts";
export { readFailure, writeFailure } from "./fs_failure.ts";
export { osRandomBytes } from "./os_random.ts";
export { removeStaleTemporaries, writeFileAtomic } from "./write_file_atomic.ts";
export { forEachLine, type LinesRead } from "./text_lines.ts";
