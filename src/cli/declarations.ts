/**
 * The type declarations of the `resim-metrics` module, for `types` and
 * `init`: embedded in the binary at build time; from source, generated on
 * the spot by build/declarations.ts (which needs the dev dependencies).
 * @module
 */

import { embeddedText } from "../files/index.ts";

/** The binary's asset holding the declarations, brotli-compressed. */
export const declarationsAsset = "resim-metrics.d.ts.br";

/** The file name editors find the declarations under, beside a script. */
export const declarationsFile = "resim-metrics.d.ts";

/** The declarations as one .d.ts text. */
export async function loadDeclarations(): Promise<string> {
  const embedded = embeddedText(declarationsAsset);
  if (embedded !== undefined) return embedded;
  // Computed so that bundling leaves it out: the binary never takes this path.
  const generator = new URL("../../build/declarations.ts", import.meta.url).href;
  const { bundleDeclarations } = (await import(generator)) as { bundleDeclarations(): string };
  return bundleDeclarations();
}
