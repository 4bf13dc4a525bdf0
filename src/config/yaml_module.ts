/**
 * The yaml package, loaded on first use rather than when the SDK is
 * imported: every metrics script imports the SDK, few read a config.
 * @module
 */

import { createRequire } from "node:module";

type Yaml = typeof import("yaml");

let loaded: Yaml | undefined;

/**
 * The yaml package. In the binary, a CommonJS bundle where `import.meta` is
 * empty, `require` is the bundle's own; from ES modules (the sources under
 * Node or Deno, the package) a `require` is made for this file.
 *
 * @example
 * const document = yaml().parseDocument("a: 1");
 */
export function yaml(): Yaml {
  const url = (import.meta as { url?: string }).url;
  loaded ??= url === undefined ? (require("yaml") as Yaml) : (createRequire(url)("yaml") as Yaml);
  return loaded;
}
