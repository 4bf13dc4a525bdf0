import { test } from "node:test";
import assert from "node:assert/strict";
import { describeOperation } from "../../src/api/_describe.ts";

test("describeOperation() names the resource an operation acts on", () => {
  const cases: [operation: string, template: string, params: Record<string, unknown>, action: string][] = [
    ["listJobs", "/projects/{projectID}/batches/{batchID}/jobs", { projectID: "p", batchID: "b" }, 'list jobs of batch "b"'],
    ["listMetricsDataForJob", "/projects/{projectID}/batches/{batchID}/jobs/{jobID}/metricsData", { jobID: "j" }, 'list metrics data of job "j"'],
    ["getReport", "/projects/{projectID}/reports/{reportID}", { reportID: "r" }, 'get report "r"'],
    ["listBatches", "/projects/{projectID}/batches", { projectID: "p" }, 'list batches of project "p"'],
    ["listExperienceTagsForExperience", "/projects/{projectID}/experiences/{experienceID}/experienceTags", { experienceID: "e" }, 'list experience tags of experience "e"'],
    ["listBatchesForTestSuite", "/projects/{projectID}/suites/{testSuiteID}/batches", { testSuiteID: "s" }, 'list batches of test suite "s"'],
    ["listMetricsForMetricIDs", "/projects/{projectID}/batches/{batchID}/jobs/{jobID}/metrics/{metricID}", { metricID: ["a", "b"] }, 'list metric "a,b"'],
    ["listProjects", "/projects", {}, "list projects"],
    ["health", "/health", {}, "call health"],
  ];
  for (const [operation, template, params, action] of cases) assert.equal(describeOperation(operation, template, params), action);
});
