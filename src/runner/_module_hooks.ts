/**
 * Node module hooks for loading a user's script: the bare specifier
 * `resim-metrics` resolves to a module re-exporting what the runner exposes,
 * TypeScript files are compiled, or their compiled form reused from the
 * compile cache (and always loaded as ES modules, whatever a nearby
 * package.json says), and TypeScript-style specifiers (`./util.js` naming
 * `util.ts`, or `./util`) find their `.ts` file.
 * @module
 */

import { readFileSync } from "node:fs";
import { type ModuleHooks, registerHooks, type ResolveFnOutput } from "node:module";
import { fileURLToPath } from "node:url";
import { isOwnLocation } from "./_own_code.ts";
import type { SourcePositions } from "./source_positions.ts";
import { compileTypeScriptCached } from "./compile_cache.ts";

/** The specifier scripts import the SDK by. */
export const EXPOSED_SPECIFIER = "resim-metrics";

const typeScriptFile = /\.m?ts$/;

/** Other spellings of a missing relative file a TypeScript author may mean. */
function typeScriptAlternatives(specifier: string): string[] {
  if (specifier.endsWith(".js")) return [`${specifier.slice(0, -3)}.ts`];
  if (specifier.endsWith(".mjs")) return [`${specifier.slice(0, -4)}.mts`];
  return /\.[a-z]+$/i.test(specifier) ? [] : [`${specifier}.ts`, `${specifier}/index.ts`];
}

function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/") || specifier.startsWith("file:");
}

/** Source of a module whose named exports are those of the object stored under `key`. */
function exposingModuleSource(key: symbol, names: readonly string[]): string {
  const valid = names.filter((name) => /^[\p{ID_Start}$_][\p{ID_Continue}$]*$/u.test(name) && name !== "default");
  return `const exposed = globalThis[Symbol.for(${JSON.stringify(key.description)})];\nexport const { ${valid.join(", ")} } = exposed;\n`;
}

let registrations = 0;

/**
 * Registers the hooks; the module `exposed` is what `import … from
 * "resim-metrics"` yields. Compiled files' source maps go to `positions`.
 * Call `deregister()` on the result when the script is done.
 */
export function registerScriptHooks(exposed: Readonly<Record<string, unknown>>, positions: SourcePositions): ModuleHooks {
  registrations += 1;
  const key = Symbol.for(`resim-metrics.exposed.${registrations}`);
  const exposedUrl = `${EXPOSED_SPECIFIER}:sdk/${registrations}`;
  (globalThis as Record<symbol, unknown>)[key] = exposed;
  const hooks = registerHooks({
    resolve(specifier, context, nextResolve): ResolveFnOutput {
      if (specifier === EXPOSED_SPECIFIER) return { url: exposedUrl, shortCircuit: true };
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND" || !isPathSpecifier(specifier)) throw error;
        for (const alternative of typeScriptAlternatives(specifier)) {
          try {
            return nextResolve(alternative, context);
          } catch {
            // Not this spelling either; the original error is the one to report.
          }
        }
        throw error;
      }
    },
    load(url, context, nextLoad) {
      if (url === exposedUrl) return { format: "module", source: exposingModuleSource(key, Object.keys(exposed)), shortCircuit: true };
      if (!url.startsWith("file:") || !typeScriptFile.test(url) || isOwnLocation(url)) return nextLoad(url, context);
      const path = fileURLToPath(url);
      const source = readFileSync(path, "utf8");
      const { code, sourceMap } = compileTypeScriptCached(source, path);
      if (sourceMap === undefined) positions.recordLines(url, source, code);
      else positions.recordMap(url, sourceMap);
      return { format: "module", source: code, shortCircuit: true };
    },
  });
  return {
    deregister() {
      hooks.deregister();
      delete (globalThis as Record<symbol, unknown>)[key];
    },
  };
}
