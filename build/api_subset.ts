/**
 * Writes openapi/customerapi.yaml, the part of ReSim's OpenAPI contract this
 * project reads, from the whole contract.
 *
 * Usage: node build/api_subset.ts customerapi.yaml
 *
 * The subset keeps the GET operations in `usedOperations` with their
 * parameters and 200 responses, and the component schemas and parameters
 * they refer to, transitively; prose (descriptions, examples, tags) and
 * security scopes are left out. `build/gen_api.ts` generates the API types
 * from the subset, the API double of the tests validates its answers against
 * it, and `test/api/subset.test.ts` checks it still agrees with the whole
 * contract when that is at hand.
 * @module
 */

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const repo = fileURLToPath(new URL("..", import.meta.url));

/** Where the subset lives in the repository. */
export const subsetFile: string = `${repo}openapi/customerapi.yaml`;

/** The GET operations the client calls, and those the tests' API double serves. */
export const usedOperations: readonly string[] = [
  "getBatch",
  "getBuild",
  "getJob",
  "getReport",
  "health",
  "listBatchMetrics",
  "listBatches",
  "listEventsForJob",
  "listExperienceTagsForExperience",
  "listJobs",
  "listMetricsDataForJob",
  "listMetricsForJob",
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const prose = new Set(["description", "summary", "example", "examples", "tags", "security", "externalDocs"]);

/** `node` without prose; keys of a `properties` map are property names, kept whatever they are. */
function withoutProse(node: Json, namesOnly = false): Json {
  if (Array.isArray(node)) return node.map((item) => withoutProse(item));
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (!namesOnly && (prose.has(key) || key.startsWith("x-"))) continue;
    out[key] = withoutProse(value, !namesOnly && key === "properties");
  }
  return out;
}

/** Every `$ref` under `node`. */
function references(node: Json, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => references(item, found));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else references(value, found);
    }
  }
  return found;
}

/**
 * The subset of the contract `upstreamText` (YAML) that `usedOperations`
 * need, as the YAML text of openapi/customerapi.yaml.
 *
 * @example
 * writeFileSync(subsetFile, trimContract(readFileSync("customerapi.yaml", "utf8")));
 */
export function trimContract(upstreamText: string): string {
  const spec = parse(upstreamText) as {
    openapi: string;
    info: { version: string };
    paths: Record<string, Record<string, JsonObject>>;
    components: Record<"schemas" | "parameters", Record<string, Json>>;
  };
  const paths: JsonObject = {};
  const wanted = new Set(usedOperations);
  for (const [path, item] of Object.entries(spec.paths)) {
    const get = item["get"];
    if (get === undefined || !wanted.delete(String(get["operationId"]))) continue;
    const responses = get["responses"] as JsonObject;
    const operation: JsonObject = { operationId: get["operationId"]! };
    if (get["parameters"] !== undefined) operation["parameters"] = get["parameters"];
    operation["responses"] = { "200": responses["200"] ?? null };
    paths[path] = { get: withoutProse(operation) };
  }
  if (wanted.size > 0) throw new Error(`Cannot trim the contract: it has no GET operation ${[...wanted].map((id) => `"${id}"`).join(", ")}`);

  const used = { schemas: new Set<string>(), parameters: new Set<string>() };
  const pending = references(paths);
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    const [, , section, name] = ref.split("/") as [string, string, "schemas" | "parameters", string];
    if (used[section].has(name)) continue;
    const target = spec.components[section][name];
    if (target === undefined) throw new Error(`Cannot trim the contract: "${ref}" refers to nothing`);
    used[section].add(name);
    pending.push(...references(target));
  }
  const components = Object.fromEntries(
    (["parameters", "schemas"] as const).map((section) => [
      section,
      Object.fromEntries(Object.entries(spec.components[section]).filter(([name]) => used[section].has(name)).map(([name, node]) => [name, withoutProse(node)])),
    ]),
  );

  const header = [
    "# The part of ReSim's customer API contract that resim-metrics reads: the GET",
    "# operations in build/api_subset.ts and the schemas they refer to, without prose.",
    "# Written by `node build/api_subset.ts customerapi.yaml` from the whole contract;",
    "# build/gen_api.ts generates src/api/gen/customerapi.ts from this file.",
  ].join("\n");
  const subset = { openapi: spec.openapi, info: { title: "ReSim customer API (the subset resim-metrics reads)", version: spec.info.version }, paths, components };
  return `${header}\n${stringify(subset, { lineWidth: 0 })}`;
}

if (import.meta.main) {
  const upstream = process.argv[2];
  if (upstream === undefined) {
    console.error("Usage: node build/api_subset.ts customerapi.yaml");
    process.exit(2);
  }
  writeFileSync(subsetFile, trimContract(readFileSync(upstream, "utf8")));
}
