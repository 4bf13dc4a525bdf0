import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { generate } from "../../build/gen_api.ts";
import { subsetFile } from "../../build/api_subset.ts";
import { repoDir } from "../_shared.ts";

test("src/api/gen/customerapi.ts is what build/gen_api.ts generates from openapi/customerapi.yaml", () => {
  const committed = readFileSync(`${repoDir}src/api/gen/customerapi.ts`, "utf8");
  const spec = readFileSync(subsetFile, "utf8");
  assert.ok(committed === generate(spec), "stale generated code: run `npm run generate`");
});

const miniSpec = `
openapi: 3.0.2
paths:
  /things/{thingID}/parts:
    get:
      operationId: listParts
      parameters:
        - name: thingID
          in: path
          required: true
          schema: { $ref: "#/components/schemas/thingID" }
        - name: kinds
          in: query
          explode: false
          schema: { type: array, items: { $ref: "#/components/schemas/kind" } }
        - $ref: "#/components/parameters/pageToken"
      responses:
        "200":
          content:
            application/json:
              schema: { $ref: "#/components/schemas/listPartsOutput" }
    post:
      operationId: createPart
      responses: {}
  /health:
    get:
      operationId: health
      responses:
        "200": { description: OK }
components:
  parameters:
    pageToken: { name: pageToken, in: query, schema: { type: string } }
  schemas:
    thingID: { type: string, format: uuid }
    kind: { type: string, enum: [A, B] }
    part:
      type: object
      required: [name]
      properties:
        name: { type: string }
        value: { type: number, nullable: true }
        owner: { nullable: true, $ref: "#/components/schemas/thingID" }
        labels: { type: object, additionalProperties: { type: string } }
    namedPart:
      allOf:
        - $ref: "#/components/schemas/part"
        - type: object
          properties:
            thingID: { $ref: "#/components/schemas/thingID" }
    listPartsOutput:
      type: object
      properties:
        parts: { type: array, items: { $ref: "#/components/schemas/namedPart" } }
        nextPageToken: { type: string }
`;

test("generate() emits open enums, nullable and required properties, intersections and list routes", () => {
  const source = generate(miniSpec);
  for (const expected of [
    "/** `thingID` (uuid) */\nexport type ThingID = string;",
    'export type Kind = "A" | "B" | (string & {});',
    "export interface Part {\n  name: string;\n  value?: number | null;\n  owner?: ThingID | null;\n  labels?: Record<string, string>;\n}",
    "export type NamedPart = Part & {\n  thingID?: ThingID;\n};",
    "    path: {\n      thingID: ThingID;\n    };\n    query: {\n      kinds?: Kind[];\n      pageToken?: string;\n    };\n    response: ListPartsOutput;\n    items: \"parts\";",
    '  health: { path: "/health" },',
    '  listParts: { path: "/things/{thingID}/parts", items: "parts", commaSeparated: ["kinds"] },',
  ]) {
    assert.ok(source.includes(expected), `missing:\n${expected}`);
  }
  assert.ok(!source.includes("createPart"), "only GET operations are emitted");
});

test("generate() rejects schemas whose type names collide", () => {
  const spec = "paths: {}\ncomponents:\n  parameters: {}\n  schemas:\n    job: { type: string }\n    Job: { type: string }\n";
  assert.throws(() => generate(spec), { message: 'Cannot generate types: schemas "job" and "Job" share the name Job' });
});
