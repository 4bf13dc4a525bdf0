import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createClient } from "../../src/api/client.ts";
import { fetchBatchJobs } from "../../src/api/batch.ts";
import { fetchReport, reportBatchSearch } from "../../src/api/report.ts";
import { httpSource } from "../../src/api/http_source.ts";
import { folderSource, FolderError, readManifest } from "../../src/api/folder_source.ts";
import { saveBatch, saveReport } from "../../src/api/folder_recorder.ts";
import { layout } from "../../src/api/folder_layout.ts";
import { useApiDouble } from "../_double/hooks.ts";
import { mixedBatch, reportWorld, testToken } from "../_double/scenarios.ts";
import { tempTree, useTempFolder } from "../_temp_tree.ts";

const batchScenario = mixedBatch();
const reportScenario = reportWorld(true);
const double = useApiDouble(() => ({ world: { projects: [batchScenario.project, reportScenario.project] }, token: testToken }));
const folder = useTempFolder();

const http = () => httpSource(createClient({ apiURL: double().apiURL, token: testToken }));

describe("saveBatch() and folderSource()", () => {
  test("a saved batch replays to exactly what the API gives, without network", async () => {
    const live = await fetchBatchJobs(http(), batchScenario.ref, { events: true });
    const summary = await saveBatch(http(), batchScenario.ref, folder, { events: true });
    const count = (key: "metrics" | "metricsData" | "events") => live.reduce((sum, job) => sum + job[key].length, 0);
    assert.deepEqual(summary, { jobs: 5, metrics: count("metrics"), metricsData: count("metricsData"), events: count("events"), batches: 1 });
    assert.deepEqual([summary.metrics, summary.events], [9 + 19 + 3, 2]);
    const requests = double().log.length;
    const replayed = await fetchBatchJobs(folderSource(folder), batchScenario.ref, { events: true });
    assert.deepEqual(replayed, live);
    assert.equal(double().log.length, requests, "replay sent no request");
  });

  test("the folder mirrors API paths, keeps no presigned URL and ends with a manifest", async () => {
    const manifest = await readManifest(folder);
    assert.deepEqual({ ...manifest, fetchedAt: "" }, { format: "resim-metrics-fetch/1", apiURL: double().apiURL, fetchedAt: "", kind: "batch", ...batchScenario.ref });
    const jobRef = { ...batchScenario.ref, jobID: batchScenario.batch.jobs[0]!.job.jobID! };
    const metricsFile = await readFile(join(folder, layout.jobMetrics(jobRef)), "utf8");
    assert.ok(!metricsFile.includes("metricURL") && !metricsFile.includes(double().blobOrigin));
    const bodies = await readdir(join(folder, layout.jobMetrics(jobRef).replace(/\.json$/, "")));
    assert.equal(bodies.length, 10, "every downloaded metric body, the image metric included");
    assert.ok(bodies.every((name) => name.endsWith(".binproto")));
  });

  test("folderSource() names the missing file and what to do", async () => {
    const jobRef = { ...batchScenario.ref, jobID: batchScenario.batch.jobs[2]!.job.jobID! };
    await rm(join(folder, layout.jobMetricsData(jobRef)));
    await assert.rejects(fetchBatchJobs(folderSource(folder), batchScenario.ref), new FolderError(folder, layout.jobMetricsData(jobRef), `"${layout.jobMetricsData(jobRef)}" is missing; fetch the batch or report again`));
  });

  test("readManifest() refuses an unfinished or foreign folder", async (t) => {
    const empty = await tempTree(t);
    await assert.rejects(readManifest(empty), { name: "FolderError", message: `Cannot replay from "${empty}": "manifest.json" is missing: the folder is not a finished fetch` });
    await writeFile(join(empty, "manifest.json"), '{"format": "other/2"}');
    await assert.rejects(readManifest(empty), { name: "FolderError", message: `Cannot replay from "${empty}": unknown format "other/2" (expected "resim-metrics-fetch/1")` });
  });

  test("IDs that are not safe file names are refused before anything is written", () => {
    assert.throws(() => layout.metricBody({ ...batchScenario.ref, jobID: "../../etc" }, "m"), {
      name: "TypeError",
      message: 'Cannot use job ID "../../etc" as a file name: only letters, digits, ".", "_" and "-" are allowed',
    });
  });
});

describe("saveReport()", () => {
  test("a saved report replays to what the API gives, presigned URLs aside", async () => {
    const reportFolder = join(folder, "report");
    const live = await fetchReport(http(), reportScenario.ref);
    for (const batch of live.batches) for (const job of batch.jobs) for (const metric of job.metrics) delete metric.metricURL;
    const summary = await saveReport(http(), reportScenario.ref, reportFolder);
    assert.equal(summary.batches, reportScenario.expected.length);
    assert.deepEqual(await fetchReport(folderSource(reportFolder), reportScenario.ref), live);
    assert.equal((await readManifest(reportFolder)).kind, "report");
  });

  test("folderSource() refuses a search the folder was not fetched for", async () => {
    const reportFolder = join(folder, "report");
    const file = layout.batches(reportScenario.ref.projectID);
    const saved = reportBatchSearch(reportScenario.report);
    await assert.rejects(folderSource(reportFolder).listBatches(reportScenario.ref.projectID, 'branch_id = "x"'), {
      name: "FolderError",
      message: `Cannot replay from "${reportFolder}": "${file}" holds the batches of search '${saved}', not of 'branch_id = "x"'`,
    });
  });
});
