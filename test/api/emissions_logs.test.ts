import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { createClient } from "../../src/api/client.ts";
import { saveEmissionsLogs } from "../../src/api/emissions_logs.ts";
import { UnusableResponseError } from "../../src/api/unusable_response_error.ts";
import { withApiDouble } from "../_double/hooks.ts";
import { seededRandom } from "../_double/random.ts";
import { testToken } from "../_double/scenarios.ts";
import { addBatch, jobLog, newProject, type WorldLog } from "../_double/world.ts";
import { tempTree } from "../_temp_tree.ts";

const instant = { now: () => 0, sleep: async () => {} };
const none = { metrics: [], metricsData: [], events: [] };

/** Saves a one-job batch whose job has `logs` (into a file named `fileInTheWay`, when given), and returns what the folder holds (or the failure). */
async function saveJobLogs(t: Parameters<typeof tempTree>[0], logs: (random: ReturnType<typeof seededRandom>) => WorldLog[], fileInTheWay?: string) {
  const random = seededRandom(5);
  const project = newProject(random);
  const batch = addBatch(project, random, {}, [{ ...none, logs: logs(random) }]);
  const root = await tempTree(t, fileInTheWay === undefined ? {} : { [fileInTheWay]: "a file" });
  const folder = fileInTheWay === undefined ? root : join(root, fileInTheWay);
  const ref = { projectID: project.projectID, batchID: batch.batch.batchID! };
  const jobID = batch.jobs[0]!.job.jobID!;
  return withApiDouble({ world: { projects: [project] }, token: testToken }, async (double) => {
    const client = createClient({ apiURL: double.apiURL, token: testToken, clock: instant });
    const summary = await saveEmissionsLogs(client, ref, folder).catch((error: unknown) => error);
    const files: Record<string, string> = {};
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files[relative(root, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), "utf8");
    }
    return { summary, files, jobID };
  });
}

test("saveEmissionsLogs() keeps a log's filePath inside its job's folder", async (t) => {
  const { summary, files, jobID } = await saveJobLogs(t, (random) => {
    const nested = jobLog(random, "camera.resim.jsonl", "{}\n");
    return [jobLog(random, "emissions.resim.jsonl", "{}\n{}\n"), { ...nested, record: { ...nested.record, filePath: "sensors/front" } }];
  });
  assert.deepEqual(summary, { jobs: 1, jobsWithEmissions: 1, logs: 2, bytes: 9 });
  assert.deepEqual(files, { [`${jobID}/emissions.resim.jsonl`]: "{}\n{}\n", [`${jobID}/sensors/front/camera.resim.jsonl`]: "{}\n" });
});

test("saveEmissionsLogs() refuses a log name that would leave the folder, or two logs of one name", async (t) => {
  const escaping = await saveJobLogs(t, (random) => {
    const log = jobLog(random, "emissions.resim.jsonl", "{}\n");
    return [{ ...log, record: { ...log.record, filePath: "../.." } }];
  });
  assert.ok(escaping.summary instanceof UnusableResponseError);
  assert.equal(
    escaping.summary.message,
    `Cannot use emissions log "emissions.resim.jsonl" of job "${escaping.jobID}": Cannot use log file name ".." as a file name: only letters, digits, ".", "_" and "-" are allowed`,
  );
  assert.deepEqual(escaping.files, {});

  const twice = await saveJobLogs(t, (random) => [jobLog(random, "emissions.resim.jsonl", "{}\n"), jobLog(random, "emissions.resim.jsonl", "{}\n")]);
  assert.ok(twice.summary instanceof UnusableResponseError);
  assert.match(twice.summary.message, new RegExp(`the emissions logs of job "${twice.jobID}".*two of them would be saved as "${twice.jobID}/emissions.resim.jsonl"`));
  assert.deepEqual(twice.files, {});
});

test("saveEmissionsLogs() names the file it cannot write", async (t) => {
  const { summary, jobID } = await saveJobLogs(t, (random) => [jobLog(random, "emissions.resim.jsonl", "{}\n")], "taken");
  assert.ok(summary instanceof Error);
  assert.match(summary.message, new RegExp(`^Cannot write ".*/taken/${jobID}/emissions.resim.jsonl": a parent of it is not a folder$`));
});
