/**
 * Text files the single binary carries as brotli-compressed assets (Plotly
 * for preview pages, the declarations for `types` and `init`), read the one
 * way that works in the binary, from source under Node, and under Deno.
 * @module
 */

/** The part of `node:sea` read here. */
interface SingleExecutable {
  isSea(): boolean;
  /** The asset in place, read-only: decompressing it needs no copy. */
  getRawAsset(key: string): ArrayBuffer;
}

/**
 * The text of the binary's brotli-compressed asset `name`, or undefined when
 * this process is not the single binary.
 *
 * @throws {Error} when this is the binary but it has no such asset
 */
export function embeddedText(name: string): string | undefined {
  // getBuiltinModule rather than import(): Deno has no node:sea, and answers undefined here instead of failing.
  const sea = process.getBuiltinModule?.("node:sea") as SingleExecutable | undefined;
  if (sea?.isSea() !== true) return undefined;
  // Loaded here, not imported: node:zlib would cost every start of the binary its loading.
  const { brotliDecompressSync } = process.getBuiltinModule("node:zlib");
  return brotliDecompressSync(new Uint8Array(sea.getRawAsset(name))).toString("utf8");
}
