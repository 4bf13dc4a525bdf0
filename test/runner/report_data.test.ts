import { test } from "node:test";
import assert from "node:assert/strict";
import { createClient } from "../../src/api/client.ts";
import { httpSource } from "../../src/api/http_source.ts";
import { reportData } from "../../src/runner/index.ts";
import { useApiDouble } from "../_double/hooks.ts";
import { reportWorld, testToken } from "../_double/scenarios.ts";

const report = reportWorld(true);
const double = useApiDouble(() => ({ world: report.world, token: testToken }));

test("reportData() sends no request until asked; report() selects the report's batches oldest first, and reads them once", async () => {
  const data = reportData(async () => httpSource(createClient({ apiURL: double().apiURL, token: testToken })), report.ref);
  assert.equal(double().log.length, 0);
  const [first, second] = [await data.report(), await data.report()];
  assert.equal(first, second);
  assert.deepEqual(first.batches.map((b) => b.batch.batchID), report.expected);
  assert.equal(double().log.filter((r) => r.operation === "getReport").length, 1);
});
