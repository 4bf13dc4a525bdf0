import { test } from "node:test";
import assert from "node:assert/strict";
import type * as Api from "../../src/api/gen/customerapi.ts";
import { batchStatus } from "../../src/reports/index.ts";

const cases: [batch: Partial<Api.Batch>, status: Api.ConflatedJobStatus][] = [
  [{ status: "SUBMITTED", jobsMetricsStatus: "FAIL_BLOCK" }, "QUEUED"],
  [{ status: "EXPERIENCES_RUNNING" }, "RUNNING"],
  [{ status: "BATCH_METRICS_QUEUED" }, "RUNNING"],
  [{ status: "BATCH_METRICS_RUNNING" }, "RUNNING"],
  [{ status: "CANCELLED" }, "CANCELLED"],
  [{ status: "ERROR", batchMetricsStatus: "PASSED" }, "ERROR"],
  [{ status: "SUCCEEDED", batchMetricsStatus: "FAIL_WARN", jobsMetricsStatus: "FAIL_BLOCK" }, "BLOCKER"],
  [{ status: "SUCCEEDED", batchMetricsStatus: "FAIL_BLOCK" }, "BLOCKER"],
  [{ status: "SUCCEEDED", jobsMetricsStatus: "FAIL_WARN" }, "WARNING"],
  [{ status: "SUCCEEDED", batchMetricsStatus: "PASSED", jobsMetricsStatus: "NOT_APPLICABLE" }, "PASSED"],
  [{}, "PASSED"],
];
for (const [batch, status] of cases) {
  test(`batchStatus() is ${status} for ${JSON.stringify(batch)}`, () => {
    assert.equal(batchStatus({ associatedAccount: "ci", ...batch }), status);
  });
}
