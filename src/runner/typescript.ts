/**
 * Compiling a user's TypeScript to JavaScript the module loader can run,
 * enums and parameter properties included, keeping line numbers so that stack
 * traces point at the user's lines (see source_positions.ts for columns).
 *
 * Sucrase does the work: pure JavaScript, a few milliseconds, lines preserved.
 * It treats every `namespace` as type-only, so a file declaring a value
 * namespace goes through Node's own transform instead (slower: it starts a
 * WebAssembly compiler).
 * @module
 */

import { createRequire, type SourceMapPayload, stripTypeScriptTypes } from "node:module";
import { withoutExperimentalWarnings } from "./_quiet.ts";

type Sucrase = typeof import("sucrase");

let loaded: Sucrase | undefined;

/**
 * Sucrase, loaded on first compile: a script whose compiled form is cached
 * (compile_cache.ts) runs without it. In the binary, a CommonJS bundle where
 * `import.meta` is empty, `require` is the bundle's own; from ES modules a
 * `require` is made for this file.
 */
function sucrase(): Sucrase {
  const url = (import.meta as { url?: string }).url;
  loaded ??= url === undefined ? (require("sucrase") as Sucrase) : (createRequire(url)("sucrase") as Sucrase);
  return loaded;
}

/** JavaScript compiled from one TypeScript file. */
export interface CompiledScript {
  readonly code: string;
  /** The map back to the TypeScript when lines moved; undefined when every line kept its number. */
  readonly sourceMap: SourceMapPayload | undefined;
}

/** `namespace N {` or `module N {` not preceded by `declare`: a namespace holding values. */
const valueNamespace = /(?<!\bdeclare\s+)\b(?:namespace|module)\s+[\p{ID_Start}$_][\p{ID_Continue}$.]*\s*\{/u;

const inlineSourceMap = /\n\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;

function compileWithNode(source: string, path: string): CompiledScript {
  const output = withoutExperimentalWarnings(() => stripTypeScriptTypes(source, { mode: "transform", sourceMap: true, sourceUrl: path }));
  const match = inlineSourceMap.exec(output);
  if (match?.[1] === undefined) throw new Error(`Cannot compile "${path}": Node's TypeScript transform returned no source map`);
  return { code: output, sourceMap: JSON.parse(Buffer.from(match[1], "base64").toString("utf8")) as SourceMapPayload };
}

/** Sucrase's `Error transforming <path>: Unexpected token (3:7)` as `Cannot compile "<path>:3:7": unexpected token`. */
function compileError(error: unknown, path: string): unknown {
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  if (!(error instanceof SyntaxError) || loc === undefined) return error;
  const detail = error.message.replace(/^Error transforming .*?: /s, "").replace(/ \(\d+:\d+\)$/, "");
  return new SyntaxError(`Cannot compile "${path}:${loc.line}:${loc.column}": ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`, { cause: error });
}

/**
 * Compiles the TypeScript `source` of the file at `path` to an ES module body.
 * @throws {SyntaxError} `Cannot compile "<path>:<line>:<column>": <problem>` when `source` does not parse.
 */
export function compileTypeScript(source: string, path: string): CompiledScript {
  if (valueNamespace.test(source)) return compileWithNode(source, path);
  try {
    const { code } = sucrase().transform(source, { transforms: ["typescript"], disableESTransforms: true, filePath: path });
    return { code, sourceMap: undefined };
  } catch (error) {
    throw compileError(error, path);
  }
}
