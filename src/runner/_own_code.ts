/**
 * Telling this program's own code apart from the user's in stack frames and
 * module URLs. From source, our code is every file under `src/`; bundled
 * into the binary, it has no file URL at all (frames name the bundle).
 * @module
 */

import { fileURLToPath } from "node:url";

// Undefined when bundled: esbuild leaves `import.meta` empty in CommonJS output.
const ownSourceUrl: string | undefined = import.meta.url?.startsWith("file:") ? new URL("../", import.meta.url).href : undefined;
const ownSourcePath = ownSourceUrl === undefined ? undefined : fileURLToPath(ownSourceUrl);

/** Whether `location` (a file URL or an absolute path) is one of our own source files. */
export function isOwnLocation(location: string): boolean {
  if (ownSourceUrl === undefined || ownSourcePath === undefined) return false;
  return location.startsWith(ownSourceUrl) || location.startsWith(ownSourcePath);
}
