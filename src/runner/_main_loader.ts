/**
 * `import()` through the main context's ES module loader, which honours the
 * registered module hooks. Inside a Node single-executable app the bundle's
 * own `import()` reaches only built-ins, so the call is made from a function
 * compiled by `vm` with `USE_MAIN_CONTEXT_DEFAULT_LOADER`.
 * @module
 */

import { compileFunction, constants } from "node:vm";
import { withoutExperimentalWarnings } from "./_quiet.ts";

type Importer = (specifier: string) => Promise<Record<string, unknown>>;

let importer: Importer | undefined;

/** Imports the module at `url` (a file URL) with the main context's loader. */
export function importFromMainLoader(url: string): Promise<Record<string, unknown>> {
  importer ??= compileFunction("return import(specifier)", ["specifier"], {
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  }) as Importer;
  const load = importer;
  return withoutExperimentalWarnings(() => load(url));
}
