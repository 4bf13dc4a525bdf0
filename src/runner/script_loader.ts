/**
 * Loading a user's metrics script (`.ts`, `.mts`, `.js`, `.mjs`) with its
 * relative imports, JSON, `node:` built-ins, a `node_modules` beside it, and
 * the SDK under the bare name `resim-metrics`.
 *
 * Under Node (from source or as the single binary) module hooks provide the
 * SDK and compile TypeScript, and the import goes through a `vm` function
 * bound to the main context's loader: inside a single-executable app a plain
 * `import()` reaches only built-ins. Under Deno the runtime compiles
 * TypeScript and deno.json's import map provides `resim-metrics`.
 * @module
 */

import { existsSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { PathError } from "./_path_error.ts";
import { SourcePositions } from "./source_positions.ts";

/** The file extensions a script may have. */
export const SCRIPT_EXTENSIONS: readonly string[] = [".ts", ".mts", ".js", ".mjs"];

/** The script file cannot be loaded: it is missing or not a script; `path` is the script. */
export class ScriptLoadError extends PathError {
  override name = "ScriptLoadError";
}

/** What the loader hands to scripts, and where it records what it compiled. */
export interface LoadScriptOptions {
  /** The module namespace scripts import as `resim-metrics` (ignored under Deno, where deno.json maps it). */
  readonly exposedModule: Readonly<Record<string, unknown>>;
  /** Receives how to map positions in the files compiled for the script, even if loading fails; a new one by default. */
  readonly positions?: SourcePositions;
}

/** A loaded script: its exports, and what is needed to explain its failures. */
export interface LoadedScript {
  /** Absolute path of the script. */
  readonly path: string;
  /** The script's module namespace. */
  readonly exports: Readonly<Record<string, unknown>>;
  /** How to map positions in the files compiled for it, for stack traces. */
  readonly positions: SourcePositions;
  /** Releases the loader's hooks; call it once the script has finished running. */
  unload(): void;
}

function checkScriptFile(path: string): void {
  if (!existsSync(path)) throw new ScriptLoadError(`Cannot load script "${path}": no such file`, path);
  if (!statSync(path).isFile()) throw new ScriptLoadError(`Cannot load script "${path}": it is not a file`, path);
  if (!SCRIPT_EXTENSIONS.includes(extname(path))) {
    throw new ScriptLoadError(`Cannot load script "${path}": expected a ${SCRIPT_EXTENSIONS.join(", ")} file`, path);
  }
}

/** Imports a module URL, and releases what importing needed once the script is done. */
interface Importer {
  importModule(url: string): Promise<Record<string, unknown>>;
  release(): void;
}

async function nodeImporter(exposedModule: LoadScriptOptions["exposedModule"], positions: SourcePositions): Promise<Importer> {
  const [{ registerScriptHooks }, { importFromMainLoader }] = await Promise.all([import("./_module_hooks.ts"), import("./_main_loader.ts")]);
  const hooks = registerScriptHooks(exposedModule, positions);
  return { importModule: importFromMainLoader, release: () => hooks.deregister() };
}

const denoImporter: Importer = {
  importModule: (url) => import(url) as Promise<Record<string, unknown>>,
  release() {},
};

/**
 * Loads the script at `scriptPath` and evaluates it (top-level await included).
 * @throws {ScriptLoadError} when the file is missing or not a script.
 * @throws whatever compiling, resolving or evaluating the script threw; the
 *   loader's hooks are released first.
 */
export async function loadScript(scriptPath: string, options: LoadScriptOptions): Promise<LoadedScript> {
  const path = resolve(scriptPath);
  checkScriptFile(path);
  const positions = options.positions ?? new SourcePositions();
  const importer = "Deno" in globalThis ? denoImporter : await nodeImporter(options.exposedModule, positions);
  try {
    const exports = await importer.importModule(pathToFileURL(path).href);
    return { path, exports, positions, unload: () => importer.release() };
  } catch (error) {
    importer.release();
    throw error;
  }
}
