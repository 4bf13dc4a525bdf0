/**
 * Files for every module that reads or writes them: one atomic way to
 * replace a file, and one wording of why a file-system call failed.
 * @module
 */

export { readFailure, writeFailure } from "./fs_failure.ts";
export { writeFileAtomic } from "./write_file_atomic.ts";
