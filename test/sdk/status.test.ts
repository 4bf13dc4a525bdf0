import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MetricStatus, rollUpStatus } from "../../src/sdk/index.ts";

const { NO_METRIC_STATUS, PASSED_METRIC_STATUS, FAIL_WARN_METRIC_STATUS, NOT_APPLICABLE_METRIC_STATUS, RAW_METRIC_STATUS, FAIL_BLOCK_METRIC_STATUS } = MetricStatus;

describe("rollUpStatus()", () => {
  test("rollUpStatus() ranks FAIL_BLOCK over FAIL_WARN over PASSED", () => {
    const cases: [(number | undefined)[], MetricStatus][] = [
      [[], PASSED_METRIC_STATUS],
      [[undefined, NO_METRIC_STATUS, NOT_APPLICABLE_METRIC_STATUS, RAW_METRIC_STATUS], PASSED_METRIC_STATUS],
      [[PASSED_METRIC_STATUS, FAIL_WARN_METRIC_STATUS, PASSED_METRIC_STATUS], FAIL_WARN_METRIC_STATUS],
      [[FAIL_WARN_METRIC_STATUS, FAIL_BLOCK_METRIC_STATUS, FAIL_WARN_METRIC_STATUS], FAIL_BLOCK_METRIC_STATUS],
      [[FAIL_BLOCK_METRIC_STATUS], FAIL_BLOCK_METRIC_STATUS],
    ];
    for (const [statuses, expected] of cases) assert.equal(rollUpStatus(statuses), expected, JSON.stringify(statuses));
  });
});
