import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics, Metric } from "../../src/proto/index.ts";
import { fixturePath, readFixture } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";
import { run } from "./_run.ts";

const dir = useTempFolder();

describe("inspect", () => {
  test("main() inspect shows hello_world.binproto's job, 10 metrics and 27 metrics data", async () => {
    const path = fixturePath("hello_world.binproto");
    const label = JSON.stringify(path);
    const result = await run("inspect", path);
    assert.deepEqual(result.stdout.split("\n"), [
    `JobMetrics in ${label}`,
    "Job     2cba1164-cf65-432c-a631-c27fbc2d41ec",
    "Status  FAIL_BLOCK",
    "",
    "Metrics (10)",
    "  #  name                          type              status      importance  display  order  tags  data",
    "  0  Final Value Summary           DOUBLE_SUMMARY    PASSED      ZERO        yes          0        final_value_data, final_value_statuses",
    "  1  Convergence over time         DOUBLE_OVER_TIME  PASSED      ZERO        yes          1        dot_data_3.1415926575897934, dot_data_0.5, dot_data_2.0, dot_status_data_3.1415926575897934, dot_status_data_0.5, dot_status_data_2.0",
    "  2  Max Error                     SCALAR            FAIL_BLOCK  HIGH        yes          2",
    "  3  Angular Acceleration          LINE_PLOT         PASSED      HIGH        yes          3        Time, roll, pitch, yaw, statuses",
    "  4  Object detection              BAR_CHART         PASSED      HIGH        yes          4        Precision, Recall, statuses_1",
    "  5  Localization error frequency  HISTOGRAM         PASSED      HIGH        yes          5        localization error, statuses_3",
    "  6  Shared Memory Usage           LINE_PLOT         PASSED      HIGH        yes          6        Time2, shared memory usage, statuses0",
    "  7  Operating mode                STATES_OVER_TIME  PASSED      HIGH        yes          7        states, statuses_4",
    "  8  Plotly example                PLOTLY            PASSED      HIGH        yes          8",
    "  9  Thonk example                 IMAGE             PASSED      HIGH        yes          9        the image",
    "",
    "Metrics data (27)",
    "   #  name                                type                          contents                                              unit     indexed by",
    "   0  final_value_data                    DOUBLE_SERIES                 sin(3.1415926575897934): 1, sin(0.5): 1, sin(2.0): 1",
    "   1  final_value_statuses                METRIC_STATUS_SERIES          sin(3.1415926575897934): 1, sin(0.5): 1, sin(2.0): 1",
    "   2  dot_data_3.1415926575897934         INDEXED_DOUBLE_SERIES         2                                                              times",
    "   3  times                               TIMESTAMP_SERIES              2",
    "   4  dot_data_0.5                        INDEXED_DOUBLE_SERIES         2                                                              times",
    "   5  dot_data_2.0                        INDEXED_DOUBLE_SERIES         2                                                              times",
    "   6  dot_status_data_3.1415926575897934  INDEXED_METRIC_STATUS_SERIES  2                                                              times",
    "   7  dot_status_data_0.5                 INDEXED_METRIC_STATUS_SERIES  2                                                              times",
    "   8  dot_status_data_2.0                 INDEXED_METRIC_STATUS_SERIES  2                                                              times",
    "   9  Time                                DOUBLE_SERIES                 600                                                   s",
    "  10  roll                                DOUBLE_SERIES                 600                                                   rad/s/s",
    "  11  pitch                               DOUBLE_SERIES                 600                                                   rad/s/s",
    "  12  yaw                                 DOUBLE_SERIES                 600                                                   rad/s/s",
    "  13  statuses                            METRIC_STATUS_SERIES          600",
    "  14  Precision                           INDEXED_DOUBLE_SERIES         4                                                              Object classes",
    "  15  Object classes                      STRING_SERIES                 4",
    "  16  Recall                              INDEXED_DOUBLE_SERIES         4                                                              Object classes",
    "  17  statuses_1                          INDEXED_METRIC_STATUS_SERIES  4                                                              Object classes",
    "  18  localization error                  DOUBLE_SERIES                 600                                                   m/s",
    "  19  statuses_3                          METRIC_STATUS_SERIES          600",
    "  20  Time2                               DOUBLE_SERIES                 600                                                   s",
    "  21  shared memory usage                 DOUBLE_SERIES                 600                                                   GB",
    "  22  statuses0                           METRIC_STATUS_SERIES          600",
    "  23  states                              INDEXED_STRING_SERIES         main: 240                                                      sot_times",
    "  24  sot_times                           TIMESTAMP_SERIES              main: 240                                             s",
    "  25  statuses_4                          INDEXED_METRIC_STATUS_SERIES  main: 240                                                      sot_times",
    "  26  the image                           EXTERNAL_FILE                 file thonk.gif",
    "",
    "Events (0)",
      "",
    ]);
    assert.equal(result.stderr, "");
    assert.equal(result.code, 0);
  });

  test("main() inspect shows events with their time, status and metrics by name", async () => {
    const result = await run("inspect", fixturePath("upstream_all_types.binproto"));
    assert.deepEqual(result.stdout.split("\n").slice(-6), [
      "",
      "Events (2)",
      "  #  name          time  status      importance  metrics                                           tags",
      "  0  first event   42 s  FAIL_BLOCK  LOW         Scalar for an event, A plotly chart for an event  tag1, tag2, tag3",
      "  1  second event  42 s  FAIL_BLOCK  LOW         Scalar for an event, A plotly chart for an event  tag1, tag2, tag3",
      "",
    ]);
  });

  test("main() inspect detects a single Metric and lists the ids of the data it refers to", async () => {
    const path = fixturePath("single_metric.binproto");
    const result = await run("inspect", path);
    assert.deepEqual(result.stdout.split("\n"), [
      `Metric in ${JSON.stringify(path)}`,
      "Metric  f7d28e38-2ab4-46f3-b157-6f64e5cb3f88",
      "Job     2cba1164-cf65-432c-a631-c27fbc2d41ec",
      "",
      "Metrics (1)",
      "  #  name                  type       status  importance  display  order  tags  data",
      "  0  Angular Acceleration  LINE_PLOT  PASSED  HIGH        yes          3        1d25e982-13eb-4806-9812-d6e15979780e, 06c84cba-b68d-4f14-a900-4e038d0f80e0, f7fbcce4-1836-46f8-ae68-a92543ab456b, fc099a5e-95dd-4ffd-a8d6-5cbb62917b19, f03478ad-c147-4290-b24a-cad73e222d59",
      "",
    ]);
    assert.equal(result.code, 0);
  });

  test("main() inspect detects a single MetricsData", async () => {
    const path = fixturePath("single_metrics_data.binproto");
    const result = await run("inspect", path);
    assert.deepEqual(result.stdout.split("\n"), [
      `MetricsData in ${JSON.stringify(path)}`,
      "Metrics data  f51cccd4-d8ea-479c-8339-58c252d3a2a7",
      "",
      "Metrics data (1)",
      "  #  name              type           contents                                              unit  indexed by",
      "  0  final_value_data  DOUBLE_SERIES  sin(3.1415926575897934): 1, sin(0.5): 1, sin(2.0): 1",
      "",
    ]);
  });

  test("main() inspect shows a JobMetrics carrying a field unknown to this schema, and says so", async () => {
    const path = join(dir, "newer.binproto");
    const job = JobMetrics.encode(JobMetrics.create({ jobId: { id: { data: "2cba1164-cf65-432c-a631-c27fbc2d41ec" } }, metricsStatus: 1 }));
    // field 99: varint 7
    writeFileSync(path, Uint8Array.of(...job, 0x98, 0x06, 0x07));
    const result = await run("inspect", path);
    assert.deepEqual(result.stdout.split("\n").slice(0, 4), [
      `JobMetrics in ${JSON.stringify(path)}`,
      "Job             2cba1164-cf65-432c-a631-c27fbc2d41ec",
      "Status          PASSED (job_level_metrics: -)",
      "Unknown fields  1 (not in this schema, so not shown)",
    ]);
    assert.equal(result.code, 0);
    const json = await run("inspect", "--json", path);
    assert.deepEqual(JSON.parse(json.stdout), { jobId: { id: { data: "2cba1164-cf65-432c-a631-c27fbc2d41ec" } }, metricsStatus: "PASSED_METRIC_STATUS" });
    assert.equal(json.stderr, `resim-metrics: warning: ${JSON.stringify(path)} has 1 field unknown to this schema; the JSON leaves it out\n`);
    assert.equal(json.code, 0);
  });

  test("main() inspect --type reads the file as that type and reports bytes that do not fit it", async () => {
    const path = fixturePath("single_metric.binproto");
    assert.match((await run("inspect", "--type", "Metric", path)).stdout, /^Metric in /);
    const result = await run("inspect", "--type", "MetricsData", path);
    assert.equal(result.stdout, "");
    assert.equal(result.stderr, `resim-metrics: Cannot decode ${JSON.stringify(path)} as MetricsData: packed doubles of 36 bytes (not a multiple of 8) at byte 551\n`);
    assert.equal(result.code, 2);
  });

  test("main() inspect --type refuses a type that is not a metrics message", async () => {
    const result = await run("inspect", "--type", "Foo", fixturePath("single_metric.binproto"));
    assert.equal(result.stderr, "resim-metrics: option '--type <type>' argument 'Foo' is invalid: allowed choices are JobMetrics, Metric, MetricsData (run with --help for usage)\n");
    assert.equal(result.code, 2);
  });

  test("main() inspect --json prints the canonical proto3 JSON on one line", async () => {
    const result = await run("inspect", "--json", fixturePath("hello_world.binproto"));
    const expected = JobMetrics.toJson(JobMetrics.decode(readFixture("hello_world.binproto")));
    assert.equal(result.stdout, `${JSON.stringify(expected)}\n`);
    assert.deepEqual(JSON.parse(result.stdout), expected);
  });

  test("main() inspect --json --pretty indents the JSON", async () => {
    const result = await run("inspect", "--json", "--pretty", fixturePath("single_metric.binproto"));
    assert.equal(result.stdout, `${JSON.stringify(Metric.toJson(Metric.decode(readFixture("single_metric.binproto"))), null, 2)}\n`);
    assert.deepEqual(result.stdout.split("\n").slice(0, 6), [
      "{",
      '  "metricId": {',
      '    "id": {',
      '      "data": "f7d28e38-2ab4-46f3-b157-6f64e5cb3f88"',
      "    }",
      "  },",
    ]);
  });
});
