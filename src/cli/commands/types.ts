/**
 * `resim-metrics types`: prints the type declarations of the `resim-metrics`
 * module, for editors with no node_modules.
 * @module
 */

import type { RegisterCommand } from "./_types.ts";

/** Registers `types`. */
export const registerTypes: RegisterCommand = (program) => {
  program
    .command("types")
    .description("print the TypeScript declarations of the resim-metrics module (save as resim-metrics.d.ts)")
    .action(async () => {
      const { loadDeclarations } = await import("../declarations.ts");
      process.stdout.write(await loadDeclarations());
    });
};
