/**
 * The files `resim-metrics init` writes: a starter script with a handler per
 * mode, a tsconfig.json that type-checks it against the declarations, the
 * declarations themselves, and sample test-mode inputs the script reads, so
 * that running it is the very next step.
 * @module
 */

import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { declarationsFile, loadDeclarations } from "./declarations.ts";
import { CliError, ExitCode } from "./errors.ts";

/** The command that runs the starter script on its sample inputs, from its folder. */
const runStep = "resim-metrics run script.ts --inputs inputs --outputs outputs";

/** A test's log as the starter script reads it, for test mode. */
const sampleLog = `${JSON.stringify({ distance: 1234.5 }, null, 2)}\n`;

const script = `/**
 * Metrics for ReSim. Run locally, on the sample inputs beside this file, with
 *   ${runStep}
 * and in a metrics build as \`resim-metrics run /metrics/script.ts\`, where
 * ReSim mounts a test's files in /tmp/resim/inputs.
 */

import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";

export default defineMetrics({
  // One test: its files are in ctx.experienceDir and ctx.logsDir (here, inputs/logs/log.json).
  async test(ctx) {
    const log = await ctx.readJson<{ distance: number }>("logs/log.json");
    ctx.writer
      .addScalarMetric("Distance travelled")
      .withValue(log.distance)
      .withUnit("m")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE);
  },

  // Every test of a batch: \`for await (const job of ctx.jobs())\` reads each test's metrics from
  // the ReSim API (\`resim-metrics run script.ts --from <folder>\` replays a batch saved by \`fetch\`).
  batch(ctx) {
    ctx.log.info(\`batch \${ctx.config.batchID}: no batch metrics yet\`);
  },

  // A test suite over time: \`await ctx.report()\` gives its batches, oldest first, with their metrics.
  report(ctx) {
    ctx.log.info(\`report \${ctx.config.reportID}: no report metrics yet\`);
  },
});
`;

const tsconfig = `{
  // Type-checks the scripts here against ${declarationsFile} (from \`resim-metrics types\`);
  // resim-metrics runs them as they are, so nothing is emitted.
  "compilerOptions": {
    "target": "es2024",
    "module": "esnext",
    "moduleResolution": "bundler",
    // console, URL, TextDecoder; add "types": ["node"] with @types/node installed to type node: imports.
    "lib": ["es2024", "dom"],
    "types": [],
    "strict": true,
    "noEmit": true,
    "allowImportingTsExtensions": true,
    "verbatimModuleSyntax": true,
    "resolveJsonModule": true,
    "skipLibCheck": true
  },
  "include": ["**/*.ts"]
}
`;

/**
 * Writes the starter files into `dir` (created if missing); returns their paths.
 * @throws {CliError} when a file exists and `force` is not set
 * @example
 * const written = await scaffoldProject("metrics", { force: false });
 * // [".../metrics/script.ts", ".../metrics/tsconfig.json", ".../metrics/resim-metrics.d.ts", ".../metrics/inputs/logs/log.json"]
 */
export async function scaffoldProject(dir: string, options: { force: boolean }): Promise<string[]> {
  const folder = resolve(dir);
  const files: [string, string][] = [
    ["script.ts", script],
    ["tsconfig.json", tsconfig],
    [declarationsFile, await loadDeclarations()],
    ["inputs/logs/log.json", sampleLog],
  ];
  const existing = files.map(([name]) => name).filter((name) => existsSync(join(folder, name)));
  if (existing.length > 0 && !options.force) {
    throw new CliError(`Cannot initialise "${folder}": ${existing.map((name) => `"${name}"`).join(", ")} already ${existing.length === 1 ? "exists" : "exist"} (pass --force to overwrite)`, ExitCode.Usage);
  }
  for (const [name, content] of files) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), content);
  }
  return files.map(([name]) => join(folder, name));
}

/** `text` as one shell word. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command to type after `resim-metrics init dir`: run the starter
 * script on its sample inputs.
 *
 * @example
 * nextStep("metrics"); // "cd metrics && resim-metrics run script.ts --inputs inputs --outputs outputs"
 */
export function nextStep(dir: string): string {
  return resolve(dir) === resolve(".") ? runStep : `cd ${shellWord(dir)} && ${runStep}`;
}
