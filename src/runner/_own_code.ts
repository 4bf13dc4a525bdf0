/**
 * Telling this program's own code apart from the user's in stack frames and
 * module URLs. From source, our code is every file under `src/` and the
 * package's `node_modules/`; in the binary, it is the one bundled file, named
 * however the build named it.
 * @module
 */

import { fileURLToPath } from "node:url";

/**
 * Where this module's code is, as stack frames print it. Read from V8's
 * structured call sites: a formatted stack would make V8 find every line
 * break of the bundle (about a megabyte) on each start.
 */
function locationOfThisFile(): string | undefined {
  const original = Error.prepareStackTrace;
  Error.prepareStackTrace = (_error, frames) => frames[0]?.getFileName() ?? undefined;
  try {
    return new Error().stack;
  } finally {
    Error.prepareStackTrace = original;
  }
}

function ownPrefixes(): readonly string[] {
  // import.meta is empty once esbuild has bundled this file as CommonJS.
  if (import.meta.url?.startsWith("file:")) {
    const urls = [new URL("../", import.meta.url).href, new URL("../../node_modules/", import.meta.url).href];
    return [...urls, ...urls.map((url) => fileURLToPath(url))];
  }
  const bundle = locationOfThisFile();
  return bundle === undefined ? [] : [bundle];
}

const prefixes = ownPrefixes();

/** Whether `location` (a file URL or a path, as in a stack frame) is our own source, dependencies or bundle. */
export function isOwnLocation(location: string): boolean {
  return prefixes.some((prefix) => location.startsWith(prefix));
}
