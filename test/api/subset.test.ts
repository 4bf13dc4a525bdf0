import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { subsetFile, trimContract, usedOperations } from "../../build/api_subset.ts";
import { upstreamReference } from "../_shared.ts";

const upstream = upstreamReference("reference/upstream/customerapi.yaml");

test("openapi/customerapi.yaml is the subset build/api_subset.ts trims from ReSim's whole contract", { skip: upstream.skip }, () => {
  const trimmed = trimContract(readFileSync(upstream.path!, "utf8"));
  assert.ok(trimmed === readFileSync(subsetFile, "utf8"), "the contract changed: run `node build/api_subset.ts <customerapi.yaml> && npm run generate`");
});

const whole = `
openapi: 3.0.2
info: { title: Whole, version: "2" }
paths:
  ${usedOperations.map((id) => `/${id}:\n    get:\n      operationId: ${id}\n      description: lists a thing\n      tags: [x]\n      responses:\n        "200": { content: { application/json: { schema: { $ref: "#/components/schemas/thing" } } } }\n        "404": { description: gone }`).join("\n  ")}
  /unused:
    get:
      operationId: unused
      parameters: [{ $ref: "#/components/parameters/pageSize" }]
      responses: { "200": { content: { application/json: { schema: { $ref: "#/components/schemas/other" } } } } }
components:
  parameters:
    pageSize: { name: pageSize, in: query, schema: { type: integer } }
  schemas:
    other: { type: string }
    thing:
      type: object
      description: a thing
      properties:
        description: { type: string, example: "kept as a property name" }
        part: { $ref: "#/components/schemas/part" }
    part: { type: string, enum: [A, B], x-internal: true }
`;

test("trimContract() keeps the used GET operations, their 200 responses and the schemas they reach, without prose", () => {
  const subset = trimContract(whole);
  assert.match(subset, /^# The part of ReSim's customer API contract/);
  for (const id of usedOperations) assert.ok(subset.includes(`operationId: ${id}\n`), id);
  for (const gone of ["unused", "other:", "pageSize", "404", "lists a thing", "tags:", "a thing", "example", "x-internal"]) assert.ok(!subset.includes(gone), gone);
  assert.ok(subset.includes("    thing:\n      type: object\n      properties:\n        description:\n          type: string\n        part:"), subset);
  assert.ok(subset.includes("    part:\n      type: string\n      enum:\n        - A\n        - B\n"), subset);
});

test("trimContract() names the operations the contract lacks", () => {
  assert.throws(() => trimContract("openapi: 3.0.2\ninfo: { version: '1' }\npaths: {}\ncomponents: { schemas: {}, parameters: {} }\n"), {
    message: `Cannot trim the contract: it has no GET operation ${usedOperations.map((id) => `"${id}"`).join(", ")}`,
  });
});
