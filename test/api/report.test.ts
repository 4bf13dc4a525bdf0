import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createClient } from "../../src/api/client.ts";
import { httpSource } from "../../src/api/http_source.ts";
import { fetchReport, reportBatchSearch } from "../../src/api/report.ts";
import { UnusableResponseError } from "../../src/api/unusable_response_error.ts";
import { useApiDouble, withApiDouble } from "../_double/hooks.ts";
import { reportWorld, testToken, type ReportScenario } from "../_double/scenarios.ts";

describe("reportBatchSearch()", () => {
  test("reportBatchSearch() selects suite, branch and the open time window, plus the revision when bounded", () => {
    const { report } = reportWorld(false);
    const base = `test_suite_id = "${report.testSuiteID}" AND branch_id = "${report.branchID}" AND created_at > "2025-01-01T00:00:00Z" AND created_at < "2025-02-01T00:00:00Z"`;
    assert.equal(reportBatchSearch(report), base);
    assert.equal(reportBatchSearch({ ...report, respectRevisionBoundary: true }), `${base} AND test_suite_revision = 3`);
  });

  test("reportBatchSearch() rejects a report without the fields the search needs", () => {
    const { report } = reportWorld(false);
    const { branchID: _, ...partial } = report;
    assert.throws(() => reportBatchSearch(partial as typeof report), new UnusableResponseError(`report "${report.reportID}"`, 'the API sent it without "branchID"'));
  });
});

for (const respectRevisionBoundary of [true, false]) {
  describe(`fetchReport() with respectRevisionBoundary ${respectRevisionBoundary}`, () => {
    const scenario: ReportScenario = reportWorld(respectRevisionBoundary, 120);
    const double = useApiDouble(() => ({ world: scenario.world, token: testToken }));

    test("fetchReport() returns exactly the report's batches, oldest first, across pages", async () => {
      const fetched = await fetchReport(httpSource(createClient({ apiURL: double().apiURL, token: testToken })), scenario.ref);
      assert.deepEqual(fetched.batches.map((b) => b.batch.batchID), scenario.expected);
      assert.equal(double().log.filter((r) => r.operation === "listBatches").length, 2);
      assert.equal(fetched.search, reportBatchSearch(scenario.report));
    });

    test("fetchReport() attaches each batch's build, jobs with metric records, and batch metrics", async () => {
      const fetched = await fetchReport(httpSource(createClient({ apiURL: double().apiURL, token: testToken })), scenario.ref);
      for (const { batch, build, jobs, metrics } of fetched.batches) {
        assert.equal(build?.buildID, batch.buildID);
        assert.deepEqual(metrics.map((m) => [m.batchID, m.name, m.value]), [[batch.batchID, "mean speed", 2]]);
        assert.ok(jobs.length >= 1 && jobs.every(({ job, metrics }) => metrics.length === 1 && metrics[0]!.jobID === job.jobID && metrics[0]!.value !== undefined));
      }
      const builds = double().log.filter((r) => r.operation === "getBuild").length;
      assert.equal(builds, 2, "each distinct build is fetched once");
    });
  });
}

test("fetchReport() returns no batches when none matches", async () => {
  const scenario = reportWorld(true);
  scenario.report.startTimestamp = "2030-01-01T00:00:00Z";
  scenario.report.endTimestamp = "2030-02-01T00:00:00Z";
  await withApiDouble({ world: scenario.world, token: testToken }, async (double) => {
    const fetched = await fetchReport(httpSource(createClient({ apiURL: double.apiURL, token: testToken })), scenario.ref);
    assert.deepEqual(fetched.batches, []);
  });
});
