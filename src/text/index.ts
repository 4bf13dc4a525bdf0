/**
 * Numbers in words for people, shared by every output: counts of things and
 * byte sizes, in the terminal and on the preview page alike.
 * @module
 */

export { countOf, formatCount } from "./count_of.ts";
export { formatBytes } from "./format_bytes.ts";
