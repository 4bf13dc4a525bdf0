/**
 * The command benches run the CLI with: the single binary when it is built,
 * otherwise a one-file esbuild bundle of src/cli/main.ts run with this Node.
 * @module
 */

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));

/** The command that runs the CLI, and how to describe it; `bundle` is where the fallback bundle goes (inside the repository, where it finds the yaml package). */
export async function cliCommand(bundle: string): Promise<{ command: string[]; description: string }> {
  const binary = `${root}dist/resim-metrics`;
  if (existsSync(binary)) return { command: [binary], description: "dist/resim-metrics (single binary)" };
  await build({
    entryPoints: [`${root}src/cli/main.ts`],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    logLevel: "warning",
  });
  return { command: [process.execPath, bundle], description: `esbuild bundle ${bundle.slice(root.length)} on Node ${process.version} (dist/resim-metrics not built)` };
}

/**
 * The positive integer given as `--name N` in `args`, or `fallback`.
 * @throws {RangeError} when the value is not a positive integer
 */
export function positiveIntegerOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Cannot run the benchmark: ${name} ${args[at + 1]} is not a positive integer`);
  return value;
}
