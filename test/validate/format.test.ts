import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { JobMetrics } from "../../src/proto/index.ts";
import { assertValidJobMetrics, describeViolation, formatPath, formatViolation, InvalidMetricsError, ruleChain, type PathSegment, type Violation } from "../../src/validate/index.ts";

describe("formatPath()", () => {
  const cases: [PathSegment[], string][] = [
    [[], ""],
    [["metrics_status"], "metrics_status"],
    [["job_level_metrics", "metrics", 3, "line_plot_metric_values", "x_doubles_data_id", 1], "job_level_metrics.metrics[3].line_plot_metric_values.x_doubles_data_id[1]"],
    [["metrics_data", 0, "series_per_category", "category_to_series", "Engage"], 'metrics_data[0].series_per_category.category_to_series["Engage"]'],
    [["metrics_data", 0, "series_per_category", "category_to_series", 'a "quoted"\nkey'], 'metrics_data[0].series_per_category.category_to_series["a \\"quoted\\"\\nkey"]'],
  ];
  for (const [path, expected] of cases) {
    test(`formatPath() renders ${JSON.stringify(path)} as ${expected || "an empty string"}`, () => {
      assert.equal(formatPath(path), expected);
    });
  }
});

describe("formatViolation()", () => {
  const cases: [string, Violation, string][] = [
    [
      "a metric, without its values case, with the rules that applied the failing one",
      {
        rule: "VS-02",
        severity: "error",
        path: ["job_level_metrics", "metrics", 3, "line_plot_metric_values", "x_doubles_data_id", 1],
        subject: { kind: "metric", index: 3, name: "Angular Acceleration", type: "LINE_PLOT" },
        message: 'refers to unknown metrics data "6f1c"',
        via: ["LINE-03"],
      },
      'metrics[3] "Angular Acceleration" (LINE_PLOT): x_doubles_data_id[1] refers to unknown metrics data "6f1c" [LINE-03 > VS-02]',
    ],
    [
      "an unnamed metrics data entry",
      { rule: "DATA-SER-02", severity: "error", path: ["metrics_data", 2, "series"], subject: { kind: "metrics_data", index: 2, name: "", type: "DOUBLE_SERIES" }, message: "is empty" },
      "metrics_data[2] (DOUBLE_SERIES): series is empty [DATA-SER-02]",
    ],
    [
      "an event, about itself",
      { rule: "EVENT-01", severity: "error", path: ["events", 0], subject: { kind: "event", index: 0, name: "stop" }, message: "is odd" },
      'events[0] "stop": is odd [EVENT-01]',
    ],
    [
      "the job, with the whole path",
      { rule: "ENUM-06", severity: "warning", path: ["metrics_status"], subject: { kind: "job" }, message: "is PASSED", note: "N-15" },
      "metrics_status is PASSED [ENUM-06]",
    ],
    [
      "a violation without subject",
      { rule: "ID-04", severity: "error", path: ["job_id", "id", "data"], message: "is empty" },
      "job_id.id.data is empty [ID-04]",
    ],
  ];
  for (const [label, violation, expected] of cases) {
    test(`formatViolation() renders ${label}`, () => {
      assert.equal(formatViolation(violation), expected);
    });
  }

  test("describeViolation() and ruleChain() are the two parts formatViolation() joins", () => {
    const [, violation] = cases[0]!;
    assert.equal(describeViolation(violation), 'metrics[3] "Angular Acceleration" (LINE_PLOT): x_doubles_data_id[1] refers to unknown metrics data "6f1c"');
    assert.equal(ruleChain(violation), "LINE-03 > VS-02");
  });
});

describe("assertValidJobMetrics()", () => {
  test("assertValidJobMetrics() throws InvalidMetricsError naming the first error and how many follow", () => {
    assert.throws(() => assertValidJobMetrics(JobMetrics.create()), (error: unknown) => {
      assert.ok(error instanceof InvalidMetricsError);
      assert.equal(error.name, "InvalidMetricsError");
      assert.equal(error.message, "job_id.id.data is empty: a UUID is required [ID-04] (and 2 more)");
      assert.deepEqual(error.report.errors.map((v) => v.rule), ["ID-04", "ENUM-05", "ENUM-06"]);
      assert.equal(error.report.valid, false);
      return true;
    });
  });

  test("InvalidMetricsError() with a single error adds no count", () => {
    const report = { valid: false, errors: [{ rule: "ENUM-06", severity: "error", path: ["metrics_status"], message: "is NO_METRIC_STATUS" }], warnings: [] } as const;
    assert.equal(new InvalidMetricsError(report).message, "metrics_status is NO_METRIC_STATUS [ENUM-06]");
  });
});
