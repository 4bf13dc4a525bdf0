/**
 * Telling this program's own code apart from the user's in stack frames and
 * module URLs. From source, our code is every file under `src/` and the
 * package's `node_modules/`; bundled into the binary, it has no file URL at
 * all (frames name the bundle).
 * @module
 */

import { fileURLToPath } from "node:url";

// Empty when bundled: esbuild leaves `import.meta` empty in CommonJS output.
const ownUrls: readonly string[] = import.meta.url?.startsWith("file:") ? [new URL("../", import.meta.url).href, new URL("../../node_modules/", import.meta.url).href] : [];
const ownPrefixes: readonly string[] = [...ownUrls, ...ownUrls.map((url) => fileURLToPath(url))];

/** Whether `location` (a file URL or an absolute path) is one of our own source or dependency files. */
export function isOwnLocation(location: string): boolean {
  return ownPrefixes.some((prefix) => location.startsWith(prefix));
}
