/**
 * ReSim's OpenAPI contract (the subset the project reads,
 * openapi/customerapi.yaml) as the API double uses it: route matching for
 * GET operations and validation of every response body against the
 * operation's 200 schema (ajv), so the double cannot drift from the API.
 * @module
 */

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { subsetFile } from "../../build/api_subset.ts";

/** A GET operation matched from a request path. */
export interface MatchedOperation {
  operationId: string;
  /** Path parameters, decoded. */
  params: Record<string, string>;
}

/** Route matching and response validation for one contract. */
export interface Contract {
  /** The GET operation `pathname` (relative to `/v1`) names, if any. */
  match(pathname: string): MatchedOperation | undefined;
  /** Violations of `operationId`'s 200 schema by `body`; empty when it conforms. */
  validate(operationId: string, body: unknown): string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * OpenAPI 3.0 schemas as JSON Schema: `nullable` becomes a union with
 * null (also beside a `$ref`, where OpenAPI means it but JSON Schema would
 * ignore it), and component references point into `definitions`.
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable" || key === "example" || key.startsWith("x-")) continue;
    // The contract marks one property `required: true` (OpenAPI parameter syntax); JSON Schema needs an array.
    if (key === "required" && !Array.isArray(value)) continue;
    out[key] = key === "$ref" && typeof value === "string" ? value.replace("#/components/schemas/", "#/definitions/") : toJsonSchema(value);
  }
  if (node["nullable"] !== true) return out;
  if (out["$ref"] !== undefined) {
    const { $ref, ...rest } = out;
    return { ...rest, anyOf: [{ $ref: $ref! }, { type: "null" }] };
  }
  if (Array.isArray(out["enum"])) out["enum"] = [...out["enum"], null];
  if (typeof out["type"] === "string") out["type"] = [out["type"], "null"];
  return out;
}

interface Route {
  operationId: string;
  pattern: RegExp;
  names: string[];
  schema: Json | undefined;
}

/** Loads the contract (default: openapi/customerapi.yaml). */
export function loadContract(path = subsetFile): Contract {
  const spec = parse(readFileSync(path, "utf8")) as {
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema: Json }> }> }>>;
    components: { schemas: Record<string, Json> };
  };
  const definitions = toJsonSchema(spec.components.schemas as Json);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "customerapi", definitions }, "customerapi");

  const routes: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const get = item["get"];
    if (get === undefined) continue;
    const names: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    const schema = get.responses["200"]?.content?.["application/json"]?.schema;
    routes.push({ operationId: get.operationId, pattern: new RegExp(`^${source}$`), names, schema: schema === undefined ? undefined : toJsonSchema(schema) });
  }
  // Literal segments win over placeholders: `/batches/{batchID}` must not swallow `/batches/metrics`-like paths.
  routes.sort((a, b) => a.names.length - b.names.length);

  const validators = new Map<string, ValidateFunction | undefined>();
  const validatorFor = (operationId: string): ValidateFunction | undefined => {
    if (!validators.has(operationId)) {
      const schema = routes.find((route) => route.operationId === operationId)?.schema;
      const rooted = schema === undefined ? undefined : JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"customerapi#/definitions/'));
      validators.set(operationId, rooted === undefined ? undefined : ajv.compile(rooted));
    }
    return validators.get(operationId);
  };

  return {
    match(pathname) {
      for (const route of routes) {
        const found = route.pattern.exec(pathname);
        if (found === null) continue;
        const params: Record<string, string> = {};
        route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1]!)));
        return { operationId: route.operationId, params };
      }
      return undefined;
    },
    validate(operationId, body) {
      const validate = validatorFor(operationId);
      if (validate === undefined || validate(body)) return [];
      return (validate.errors ?? []).map((e) => `${operationId}: ${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
    },
  };
}
