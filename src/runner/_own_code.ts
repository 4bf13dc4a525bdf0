/**
 * Telling this program's own code apart from the user's in stack frames and
 * module URLs. From source, our code is every file under `src/` and the
 * package's `node_modules/`; in the binary, it is the one bundled file, named
 * however the build named it.
 * @module
 */

import { fileURLToPath } from "node:url";

/** Where this module's code is, as stack frames print it. */
function locationOfThisFile(): string | undefined {
  const caller = new Error().stack?.split("\n")[1] ?? "";
  return /\(?([^\s()]+):\d+:\d+\)?$/.exec(caller)?.[1];
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
