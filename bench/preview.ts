/**
 * Usage: node bench/preview.ts [--runs N]
 *
 * How long `resim-metrics preview` takes per stage, side by side for the
 * hello_world fixture, upstream's all-types fixture and a generated ~98 MB
 * file (10 line plots x 1M points, seeded): reading and decoding, building
 * the view model (validation included), rendering the page. Medians of N
 * runs (default 5). The last column relates the whole preview to merely
 * decoding the file.
 * @module
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { JobMetrics } from "../src/proto/index.ts";
import { buildPreviewModel, plotlySource, readPreviewSource, renderPreviewPage } from "../src/preview/index.ts";
import { fixturePath } from "../test/_shared.ts";
import { largeJobMetrics } from "../test/_fixtures/large_job.ts";
import { median } from "./_median.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);

const folder = mkdtempSync(join(tmpdir(), "resim-preview-bench-"));
const large = join(folder, "metrics.binproto");
writeFileSync(large, JobMetrics.encode(largeJobMetrics()));

const inputs: [string, string][] = [
  ["hello_world", fixturePath("hello_world_outputs")],
  ["upstream_all_types", fixturePath("upstream_all_types.binproto")],
  ["10 x 1M line plots", large],
];

const rows: string[][] = [["input", "file", "read+decode", "model", "render", "total", "page", "total / decode"]];
for (const [name, input] of inputs) {
  const read: number[] = [];
  const model: number[] = [];
  const render: number[] = [];
  let fileBytes = 0;
  let pageBytes = 0;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    const data = await readPreviewSource(input, { mode: "embed" });
    read.push(performance.now() - start);
    fileBytes = JobMetrics.encode(data.source.job).length;
    start = performance.now();
    const built = buildPreviewModel(data.source);
    model.push(performance.now() - start);
    start = performance.now();
    pageBytes = renderPreviewPage(built, { plotly: plotlySource }).length;
    render.push(performance.now() - start);
  }
  const [r, m, p] = [median(read), median(model), median(render)];
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  rows.push([name, mb(fileBytes), ms(r), ms(m), ms(p), ms(r + m + p), mb(pageBytes), `${((r + m + p) / r).toFixed(2)}x`]);
}
rmSync(folder, { recursive: true, force: true });

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "));
console.log(`\nmedians of ${runs} runs; node ${process.versions.node}; pages with charts include Plotly (${(plotlySource().length / 1e6).toFixed(2)} MB)`);
