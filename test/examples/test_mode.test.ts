import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics, MetricStatus, MetricType } from "../../src/proto/index.ts";
import { validateJobMetrics } from "../../src/validate/index.ts";
import { runCli } from "../cli/_run_cli.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

describe("examples/test-mode", () => {
  test("the example writes valid metrics of five types and an event from its inputs", async (t) => {
    const outputs = await tempTree(t);
    const example = join(repoDir, "examples/test-mode");
    const { code, stderr } = runCli(["run", join(example, "script.ts"), "--inputs", join(example, "inputs"), "--outputs", outputs]);
    assert.equal(code, 0, stderr);
    const message = JobMetrics.decode(readFileSync(join(outputs, "metrics.binproto")));
    assert.deepEqual(validateJobMetrics(message).errors, []);
    assert.deepEqual(
      message.jobLevelMetrics?.metrics.map((m) => [m.name, m.type]),
      [
        ["Top speed", MetricType.SCALAR_METRIC_TYPE],
        ["Speed", MetricType.DOUBLE_OVER_TIME_METRIC_TYPE],
        ["Trajectory", MetricType.LINE_PLOT_METRIC_TYPE],
        ["Deceleration", MetricType.HISTOGRAM_METRIC_TYPE],
        ["Driving mode", MetricType.STATES_OVER_TIME_METRIC_TYPE],
        ["Distance to goal at the end", MetricType.SCALAR_METRIC_TYPE],
        ["Peak deceleration at 9 s", MetricType.SCALAR_METRIC_TYPE],
      ],
    );
    assert.deepEqual(message.events.map((e) => e.name), ["Emergency brake at 9 s"]);
    assert.equal(message.metricsStatus, MetricStatus.FAIL_WARN_METRIC_STATUS);
  });
});
