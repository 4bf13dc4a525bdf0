/**
 * The `eval` bench's workload: a metrics config of 5 topics and 20 metrics
 * (12 test, 8 batch) in the shapes ReSim's configs use, and emissions for it
 * written as ReSim's SDK writes them, generated deterministically.
 * @module
 */

import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { seededRandom } from "../test/_seeded_random.ts";

/** The topics and their schemas. */
export const topics: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  speed: { v: "float", gear: "int" },
  pose: { x: "float", y: "float", z: "float" },
  state: { state: "string" },
  tagged: { label: "string", tags: "string[]" },
  battery: { level: "float", ok: "boolean" },
};

/** The 20 metrics: name, type, template, query, and a status gate for some. */
export const metrics: readonly { name: string; type: "test" | "batch"; template: string; query: string; status?: { query: string; block: number; warn: number } }[] = [
  { name: "Top speed", type: "test", template: "scalar", query: "SELECT MAX(v) AS value FROM speed", status: { query: "SELECT 1 FROM speed WHERE v > ?", block: 40, warn: 30 } },
  { name: "Speed over time", type: "test", template: "line", query: `SELECT 'speed' AS group_name, timestamp / 1E9 AS "Time (s)", v AS "Speed (m/s)" FROM speed ORDER BY timestamp` },
  { name: "Gear use", type: "test", template: "bar", query: `SELECT 'gears' AS group_name, CAST(gear AS VARCHAR) AS "Gear", COUNT(*) AS "Samples" FROM speed GROUP BY gear ORDER BY gear` },
  { name: "Median speed", type: "test", template: "scalar", query: "SELECT APPROX_PERCENTILE(v, 0.5) FROM speed" },
  { name: "Path length", type: "test", template: "scalar", query: "SELECT SUM(d) FROM (SELECT SQRT(POWER(x - LAG(x) OVER (ORDER BY timestamp), 2) + POWER(y - LAG(y) OVER (ORDER BY timestamp), 2)) AS d FROM pose) AS steps" },
  { name: "Altitude", type: "test", template: "histogram", query: `SELECT z AS "Altitude (m)" FROM pose` },
  { name: "States over time", type: "test", template: "state_timeline", query: "SELECT 'car' AS system, timestamp, state FROM state ORDER BY timestamp" },
  { name: "State share", type: "test", template: "pie", query: `SELECT state AS "State", COUNT(*) AS "Samples" FROM state GROUP BY state ORDER BY state` },
  { name: "Top tags", type: "test", template: "table", query: `SELECT ARRAY_JOIN(tags, ', ') AS "Tags", COUNT(*) AS "Lines" FROM tagged GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10` },
  { name: "Lowest battery", type: "test", template: "scalar", query: "SELECT MIN(level) FROM battery", status: { query: "SELECT 1 FROM battery WHERE level < ?", block: 0.02, warn: 0.1 } },
  { name: "Battery OK share", type: "test", template: "scalar", query: "SELECT CAST(COUNT_IF(ok) AS DOUBLE) / COUNT(*) FROM battery" },
  {
    name: "Summary",
    type: "test",
    template: "table",
    query: `SELECT 'Speed samples' AS "Metric", CAST(COUNT(*) AS VARCHAR) AS "Value" FROM speed UNION ALL SELECT 'Distinct states', CAST(COUNT(DISTINCT state) AS VARCHAR) FROM state UNION ALL SELECT 'Labels', ARRAY_JOIN(ARRAY_SORT(ARRAY_AGG(DISTINCT label)), ', ') FROM tagged`,
  },
  { name: "Top speed by job", type: "batch", template: "bar", query: `SELECT 'max' AS group_name, job_id AS "Job", MAX(v) AS "Top speed" FROM speed GROUP BY job_id ORDER BY job_id` },
  { name: "Fastest", type: "batch", template: "scalar", query: "SELECT MAX(v) FROM speed" },
  { name: "Mean speed per second", type: "batch", template: "line", query: `SELECT experience_name AS group_name, timestamp / 1000000000 AS "s", AVG(v) AS "Mean speed" FROM speed GROUP BY 1, 2 ORDER BY 1, 2` },
  { name: "States by job", type: "batch", template: "bar", query: `SELECT state AS group_name, job_id AS "Job", COUNT(*) AS "Samples" FROM state GROUP BY 1, 2 ORDER BY 1, 2` },
  { name: "Outcomes", type: "batch", template: "table", query: "SELECT job_conflated_status, COUNT(*) FROM metadata GROUP BY 1 ORDER BY 1" },
  { name: "Battery by job", type: "batch", template: "table", query: `SELECT m.experience_name AS "Job", MIN(b.level) AS "Lowest" FROM battery b JOIN metadata m ON b.job_id = m.job_id GROUP BY 1 ORDER BY 1` },
  { name: "Distinct tags", type: "batch", template: "scalar", query: "SELECT COUNT(DISTINCT t) FROM (SELECT UNNEST(tags) AS t FROM tagged) AS each_tag" },
  { name: "Lines per topic", type: "batch", template: "table", query: "SELECT 'speed' AS topic, COUNT(*) FROM speed UNION ALL SELECT 'pose', COUNT(*) FROM pose UNION ALL SELECT 'battery', COUNT(*) FROM battery" },
];

/** The config as YAML. */
export function configYaml(): string {
  const topicYaml = Object.entries(topics).map(([name, schema]) => `  ${name}:\n    schema:\n${Object.entries(schema).map(([field, type]) => `      ${field}: "${type}"`).join("\n")}`);
  const metricYaml = metrics.map((m) => {
    const status = m.status === undefined ? "" : `\n    status:\n      query_string: ${JSON.stringify(m.status.query)}\n      block: ${m.status.block}\n      warn: ${m.status.warn}`;
    return `  ${m.name}:\n    type: ${m.type}\n    query_string: ${JSON.stringify(m.query)}\n    template_type: system\n    template: ${m.template}${status}`;
  });
  return `version: 1\ntopics:\n${topicYaml.join("\n")}\nmetrics:\n${metricYaml.join("\n")}\nmetrics sets:\n  bench:\n    metrics: [${metrics.map((m) => JSON.stringify(m.name)).join(", ")}]\n`;
}

const states = ["idle", "drive", "brake", "turn"];
const labels = ["lidar", "camera", "radar", "gps", "imu"];

/** One emissions line for point `i` of a job, cycling through the topics; as Python's json.dumps spaces it. */
function line(i: number, random: () => number): string {
  const timestamp = i * 10_000_000;
  const data = (() => {
    switch (i % 5) {
      case 0:
        return { v: Math.round(random() * 45000) / 1000, gear: 1 + Math.floor(random() * 5) };
      case 1:
        return { x: random() * 100, y: random() * 100, z: random() * 10 };
      case 2:
        return { state: states[Math.floor(i / 50) % states.length] };
      case 3:
        return { label: labels[i % labels.length], tags: [labels[(i + 1) % 5], labels[(i + 2) % 5]] };
      default:
        return { level: Math.max(0, 1 - i / 1_200_000), ok: random() > 0.05 };
    }
  })();
  const topic = Object.keys(topics)[i % 5]!;
  return `{"$metadata": {"topic": "${topic}", "timestamp": ${timestamp}}, "$data": ${JSON.stringify(data).replaceAll(",", ", ").replaceAll(":", ": ")}}\n`;
}

/** Writes `jobs` files of `lines` lines each under `folder` (job_0000.jsonl, …); returns their paths. */
export async function writeEmissions(folder: string, jobs: number, lines: number): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (let job = 0; job < jobs; job++) {
    const random = seededRandom(job + 1);
    const path = join(folder, `job_${String(job).padStart(4, "0")}.jsonl`);
    const out = createWriteStream(path);
    let chunk = "";
    for (let i = 0; i < lines; i++) {
      chunk += line(i, random);
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
        chunk = "";
      }
    }
    out.end(chunk);
    await new Promise<void>((resolve) => out.once("close", () => resolve()));
    paths.push(path);
  }
  return paths;
}
