/**
 * Generates src/api/gen/customerapi.ts from the part of ReSim's OpenAPI
 * contract the project reads (openapi/customerapi.yaml, see build/api_subset.ts).
 *
 * Usage: node build/gen_api.ts [--check] [spec.yaml]
 *   --check    exit 1 if the committed file differs from what would be generated
 *   spec.yaml  the contract (default: openapi/customerapi.yaml)
 *
 * `yaml` parses the contract; this script emits one TypeScript type per
 * component schema and, for every GET operation, its path and query
 * parameters and its 200 response, plus a runtime table of paths. Enums are
 * emitted open (`"A" | "B" | (string & {})`) because the server adds values
 * over time, and no property is narrower than the contract says.
 * @module
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { parse } from "yaml";
import { writeOrCheckGenerated } from "./_generated_file.ts";
import { subsetFile } from "./api_subset.ts";

const require = createRequire(import.meta.url);
const yamlVersion: string = require("yaml/package.json").version;

const repo = fileURLToPath(new URL("..", import.meta.url));
const outFile = `${repo}src/api/gen/customerapi.ts`;

/** The subset of OpenAPI 3.0 schema objects the contract uses. */
interface Schema {
  $ref?: string;
  type?: "string" | "integer" | "number" | "boolean" | "object" | "array";
  format?: string;
  enum?: readonly (string | number)[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: readonly string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: readonly Schema[];
  oneOf?: readonly Schema[];
}

interface Parameter {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  explode?: boolean;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  parameters?: readonly Parameter[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter> };
}

const typeName = (schemaName: string): string => schemaName[0]!.toUpperCase() + schemaName.slice(1);
const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1);
const propertyKey = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** The TypeScript type of `schema`; `indent` is the indentation of the line it starts on. */
function tsType(schema: Schema, indent: string): string {
  const type = baseType(schema, indent);
  return schema.nullable ? `${type} | null` : type;
}

function baseType(schema: Schema, indent: string): string {
  if (schema.$ref !== undefined) return typeName(refName(schema.$ref));
  if (schema.allOf) return schema.allOf.map((part) => tsType(part, indent)).join(" & ");
  if (schema.oneOf) return schema.oneOf.map((part) => tsType(part, indent)).join(" | ");
  if (schema.enum) {
    const open = schema.type === "string" ? " | (string & {})" : "";
    return schema.enum.map((value) => JSON.stringify(value)).join(" | ") + open;
  }
  switch (schema.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `${arrayElement(schema.items ?? {}, indent)}[]`;
    default:
      return objectType(schema, indent);
  }
}

function arrayElement(items: Schema, indent: string): string {
  const element = tsType(items, indent);
  return /[|&]/.test(element) ? `(${element})` : element;
}

function objectType(schema: Schema, indent: string): string {
  const properties = Object.entries(schema.properties ?? {});
  const extra = schema.additionalProperties;
  if (properties.length === 0) {
    return typeof extra === "object" ? `Record<string, ${tsType(extra, indent)}>` : "Record<string, unknown>";
  }
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const lines = properties.map(
    ([name, property]) => `${inner}${propertyKey(name)}${required.has(name) ? "" : "?"}: ${tsType(property, inner)};`,
  );
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** Notes the format of plain values (`uuid`, `date-time`, …) in the type's doc comment. */
function formatNote(schema: Schema): string {
  return schema.format !== undefined && schema.$ref === undefined ? ` (${schema.format})` : "";
}

function declareSchema(name: string, schema: Schema): string {
  const doc = `/** \`${name}\`${formatNote(schema)} */`;
  const isInterface =
    schema.$ref === undefined && !schema.allOf && !schema.oneOf && !schema.nullable && schema.properties !== undefined;
  if (isInterface) return `${doc}\nexport interface ${typeName(name)} ${objectType(schema, "")}\n`;
  return `${doc}\nexport type ${typeName(name)} = ${tsType(schema, "")};\n`;
}

interface GetOperation {
  id: string;
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  response: string;
  items: string | undefined;
}

function resolveParameter(spec: Spec, parameter: Parameter): Parameter {
  return parameter.$ref === undefined ? parameter : spec.components.parameters[refName(parameter.$ref)]!;
}

function resolveSchema(spec: Spec, schema: Schema): Schema {
  return schema.$ref === undefined ? schema : resolveSchema(spec, spec.components.schemas[refName(schema.$ref)]!);
}

/** The array property of a paginated response (one with `nextPageToken`), if any. */
function itemsKey(spec: Spec, schema: Schema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const properties = resolveSchema(spec, schema).properties ?? {};
  if (!("nextPageToken" in properties)) return undefined;
  const arrays = Object.keys(properties).filter((key) => resolveSchema(spec, properties[key]!).type === "array");
  return arrays.length === 1 ? arrays[0] : undefined;
}

function getOperations(spec: Spec): GetOperation[] {
  const operations: GetOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    const operation = item["get"];
    if (operation === undefined) continue;
    const parameters = (operation.parameters ?? []).map((p) => resolveParameter(spec, p));
    const content = operation.responses["200"]?.content ?? {};
    const json = content["application/json"]?.schema;
    const response = json !== undefined ? tsType(json, "    ") : "application/octet-stream" in content ? "Uint8Array" : "undefined";
    operations.push({
      id: operation.operationId,
      path,
      pathParams: parameters.filter((p) => p.in === "path"),
      queryParams: parameters.filter((p) => p.in === "query"),
      response,
      items: itemsKey(spec, json),
    });
  }
  return operations.sort((a, b) => a.id.localeCompare(b.id));
}

function parameterFields(parameters: readonly Parameter[], required: boolean, indent: string): string {
  if (parameters.length === 0) return "{}";
  const lines = parameters.map((p) => {
    const optional = required || p.required ? "" : "?";
    return `${indent}  ${propertyKey(p.name)}${optional}: ${tsType(p.schema ?? {}, `${indent}  `)};`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function declareOperationTypes(operations: readonly GetOperation[]): string {
  const entries = operations.map((op) => {
    const lines = [
      `  /** GET ${op.path} */`,
      `  ${op.id}: {`,
      `    path: ${parameterFields(op.pathParams, true, "    ")};`,
      `    query: ${parameterFields(op.queryParams, false, "    ")};`,
      `    response: ${op.response};`,
    ];
    if (op.items !== undefined) lines.push(`    items: ${JSON.stringify(op.items)};`);
    lines.push(`  };`);
    return lines.join("\n");
  });
  return [
    `/** Every GET operation by operationId: its path and query parameters, 200 response and, for lists, the items key. */`,
    `export interface GetOperations {`,
    entries.join("\n"),
    `}`,
    ``,
  ].join("\n");
}

/** Array query parameters sent comma-separated (`explode: false`) rather than repeated. */
function commaSeparated(op: GetOperation): string[] {
  return op.queryParams.filter((p) => p.schema?.type === "array" && p.explode === false).map((p) => p.name);
}

function declareOperationTable(operations: readonly GetOperation[]): string {
  const entries = operations.map((op) => {
    const fields = [`path: ${JSON.stringify(op.path)}`];
    if (op.items !== undefined) fields.push(`items: ${JSON.stringify(op.items)}`);
    const comma = commaSeparated(op);
    if (comma.length > 0) fields.push(`commaSeparated: [${comma.map((name) => JSON.stringify(name)).join(", ")}]`);
    return `  ${op.id}: { ${fields.join(", ")} },`;
  });
  return [
    `/** Where each GET operation lives, relative to the API base URL (which ends in \`/v1\`). */`,
    `export interface OperationRoute {`,
    `  /** Path template with \`{name}\` placeholders. */`,
    `  readonly path: string;`,
    `  /** For paginated lists: the response property that holds the items. */`,
    `  readonly items?: string;`,
    `  /** Array query parameters joined with commas instead of repeated. */`,
    `  readonly commaSeparated?: readonly string[];`,
    `}`,
    ``,
    `/** The route of every GET operation. */`,
    `export const getOperations = {`,
    entries.join("\n"),
    `} as const satisfies Record<keyof GetOperations, OperationRoute>;`,
    ``,
  ].join("\n");
}

function checkNames(spec: Spec): void {
  const seen = new Map<string, string>();
  for (const name of Object.keys(spec.components.schemas)) {
    const other = seen.get(typeName(name));
    if (other !== undefined) throw new Error(`Cannot generate types: schemas "${other}" and "${name}" share the name ${typeName(name)}`);
    seen.set(typeName(name), name);
  }
}

/** Generates the TypeScript source for the contract in `specText` (YAML). */
export function generate(specText: string): string {
  const spec = parse(specText) as Spec;
  checkNames(spec);
  const header = [
    `// Code generated by build/gen_api.ts (yaml ${yamlVersion}) from openapi/customerapi.yaml.`,
    `// DO NOT EDIT: run \`npm run generate\` after the contract changes.`,
    ``,
    `// ---- Component schemas ----`,
    ``,
  ].join("\n");
  const schemas = Object.entries(spec.components.schemas).map(([name, schema]) => declareSchema(name, schema));
  const operations = getOperations(spec);
  return `${header}${schemas.join("\n")}\n// ---- GET operations ----\n\n${declareOperationTypes(operations)}\n${declareOperationTable(operations)}`;
}

if (import.meta.main) {
  const specFile = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? subsetFile;
  writeOrCheckGenerated(outFile, generate(readFileSync(specFile, "utf8")));
}
