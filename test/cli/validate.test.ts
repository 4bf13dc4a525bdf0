import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics } from "../../src/proto/index.ts";
import { fixturePath } from "../_shared.ts";
import { conformanceCases } from "../validate/conformance.testdata.ts";
import { useTempFolder } from "../_temp_tree.ts";
import { run } from "./_run.ts";

const dir = useTempFolder();

/** Writes the message of conformance case `id` to a file and returns its path. */
function caseFile(id: string): string {
  const path = join(dir, `${id}.binproto`);
  writeFileSync(path, JobMetrics.encode(conformanceCases.find((c) => c.id === id)!.build()));
  return path;
}

describe("validate", () => {
  test("main() validate says each valid file is valid and exits 0", async () => {
    const files = ["hello_world.binproto", "upstream_all_types.binproto"].map(fixturePath);
    const result = await run("validate", ...files);
    assert.deepEqual(result.stdout.split("\n"), [`${files[0]}: valid`, `${files[1]}: valid`, "2 files: 2 valid, 0 invalid", ""]);
    assert.equal(result.stderr, "");
    assert.equal(result.code, 0);
  });

  test("main() validate lists every violation with rule, path and subject, and exits 1", async () => {
    const path = caseFile("B-155");
    const result = await run("validate", path);
    assert.deepEqual(result.stdout.split("\n"), [
      `${path}: invalid (1 error)`,
      '  error    metrics[7] "Distance prediction accuracy" (LINE_PLOT): y_doubles_data_id[0] refers to "Min d predicted" (metrics_data[22]), which has 5 values, but its status data "D pred statuses" (metrics_data[23]) has 4 values [LINE-04 > VS-11 > AGREE-03]',
      "",
    ]);
    assert.equal(result.code, 1);
  });

  test("main() validate prints warnings and still exits 0", async () => {
    const path = caseFile("B-02");
    const result = await run("validate", path);
    assert.deepEqual(result.stdout.split("\n"), [
      `${path}: valid (1 warning)`,
      '  warning  events[1] "second event": event_id.id.data "{00000000-0000-4000-a000-0000000000b5}" is also the id of "first event" (events[0]): event ids should be unique, though ReSim does not check [ID-03]',
      "",
    ]);
    assert.equal(result.code, 0);
  });

  test("main() validate goes on past a file it cannot read, then exits 2", async () => {
    const missing = join(dir, "missing.binproto");
    const metric = fixturePath("single_metric.binproto");
    const valid = fixturePath("hello_world.binproto");
    const result = await run("validate", missing, metric, valid);
    assert.deepEqual(result.stdout.split("\n"), [`${valid}: valid`, "3 files: 1 valid, 0 invalid, 2 unreadable", ""]);
    assert.deepEqual(result.stderr.split("\n"), [
      `resim-metrics: Cannot read ${JSON.stringify(missing)}: no such file or directory`,
      `resim-metrics: Cannot read ${JSON.stringify(metric)} as a JobMetrics: it holds a single Metric; inspect shows it`,
      "",
    ]);
    assert.equal(result.code, 2);
  });

  test("main() validate --json reports every file, its violations and unreadable files", async () => {
    const invalid = caseFile("B-155");
    const missing = join(dir, "missing.binproto");
    const result = await run("validate", "--json", invalid, missing);
    assert.deepEqual(JSON.parse(result.stdout), {
      valid: false,
      files: [
        {
          file: invalid,
          valid: false,
          errors: [
            {
              rule: "AGREE-03",
              severity: "error",
              path: ["job_level_metrics", "metrics", 7, "line_plot_metric_values", "y_doubles_data_id", 0],
              subject: { kind: "metric", index: 7, name: "Distance prediction accuracy", type: "LINE_PLOT" },
              message: 'refers to "Min d predicted" (metrics_data[22]), which has 5 values, but its status data "D pred statuses" (metrics_data[23]) has 4 values',
              via: ["LINE-04", "VS-11"],
              field: "job_level_metrics.metrics[7].line_plot_metric_values.y_doubles_data_id[0]",
              text: 'metrics[7] "Distance prediction accuracy" (LINE_PLOT): y_doubles_data_id[0] refers to "Min d predicted" (metrics_data[22]), which has 5 values, but its status data "D pred statuses" (metrics_data[23]) has 4 values [LINE-04 > VS-11 > AGREE-03]',
            },
          ],
          warnings: [],
        },
        { file: missing, valid: false, unreadable: `Cannot read ${JSON.stringify(missing)}: no such file or directory` },
      ],
    });
    assert.equal(result.stdout.split("\n").length, 2, "one line of JSON");
    assert.equal(result.code, 2);
  });

  test("main() validate --json --pretty indents the report", async () => {
    const result = await run("validate", "--json", "--pretty", fixturePath("hello_world.binproto"));
    assert.equal(result.stdout, `${JSON.stringify({ valid: true, files: [{ file: fixturePath("hello_world.binproto"), valid: true, errors: [], warnings: [] }] }, null, 2)}\n`);
  });

  test("main() validate colours verdicts with FORCE_COLOR, and not when NO_COLOR is set too", async () => {
    const path = caseFile("B-155");
    const saved = { FORCE_COLOR: process.env["FORCE_COLOR"], NO_COLOR: process.env["NO_COLOR"] };
    try {
      process.env["FORCE_COLOR"] = "1";
      delete process.env["NO_COLOR"];
      const coloured = (await run("validate", path)).stdout.split("\n");
      assert.equal(coloured[0], `${path}: \x1b[31minvalid\x1b[39m (1 error)`);
      assert.match(coloured[1]!, /^ {2}\x1b\[31merror\x1b\[39m {4}metrics\[7\]/);
      process.env["NO_COLOR"] = "1";
      assert.equal((await run("validate", path)).stdout.split("\n")[0], `${path}: invalid (1 error)`);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  test("main() validate without files is a usage error", async () => {
    const result = await run("validate");
    assert.equal(result.stderr, "resim-metrics: missing required argument 'files' (run with --help for usage)\n");
    assert.equal(result.code, 2);
  });
});
