/**
 * The type declarations of the `resim-metrics` module, for `types` and
 * `init`: embedded in the binary at build time; from source, generated on
 * the spot by build/declarations.ts (which needs the dev dependencies).
 * @module
 */

import { brotliDecompressSync } from "node:zlib";

/** The binary's asset holding the declarations, brotli-compressed. */
export const declarationsAsset = "resim-metrics.d.ts.br";

/** The file name editors find the declarations under, beside a script. */
export const declarationsFile = "resim-metrics.d.ts";

/** A binary's asset, or undefined when not running as the binary (or under Deno, which lacks node:sea). */
function embeddedAsset(name: string): ArrayBuffer | undefined {
  // getBuiltinModule rather than import(): the binary's bundle has no dynamic import of built-ins.
  const sea = process.getBuiltinModule?.("node:sea") as { isSea(): boolean; getAsset(key: string): ArrayBuffer } | undefined;
  return sea?.isSea() ? sea.getAsset(name) : undefined;
}

/** The declarations as one .d.ts text. */
export async function loadDeclarations(): Promise<string> {
  const embedded = embeddedAsset(declarationsAsset);
  if (embedded !== undefined) return brotliDecompressSync(new Uint8Array(embedded)).toString("utf8");
  // Computed so that bundling leaves it out: the binary never takes this path.
  const generator = new URL("../../build/declarations.ts", import.meta.url).href;
  const { bundleDeclarations } = (await import(generator)) as { bundleDeclarations(): string };
  return bundleDeclarations();
}
