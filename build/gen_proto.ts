/**
 * Generates src/proto/gen/metrics_pb.ts from the schema in proto/.
 *
 * Usage: node build/gen_proto.ts [--check]
 *   --check  exit 1 if the committed file differs from what would be generated
 *
 * protobufjs parses the .proto files; this script emits a TypeScript codec
 * specialised for metrics files: packed doubles decode to Float64Array views,
 * enum series to Int32Array, google.protobuf.Struct to plain JSON, oneofs to
 * `{ case, value }` unions, and unknown fields are kept for re-encoding.
 * @module
 */

import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import protobuf from "protobufjs";
import { writeOrCheckGenerated } from "./_generated_file.ts";

const require = createRequire(import.meta.url);
const protobufVersion: string = require("protobufjs/package.json").version;

const repo = fileURLToPath(new URL("..", import.meta.url));
const entry = "resim/metrics/proto/metrics.proto";
const outFile = `${repo}src/proto/gen/metrics_pb.ts`;

/** Loads the project's schema with protobufjs (google/* come from protobufjs itself). */
export function loadSchema(protoRoot: string, file: string = entry): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith("google/protobuf/") ? target : `${protoRoot}/${target}`);
  root.loadSync(file, { keepCase: true });
  root.resolveAll();
  return root;
}

const STRUCT = ".google.protobuf.Struct";
const TIMESTAMP = ".google.protobuf.Timestamp";

const WT = { varint: 0, bit64: 1, len: 2, bit32: 5 } as const;

interface Scalar {
  ts: string;
  wt: number;
  read: string;
  write: string;
  size: (v: string) => string;
  zero: string;
  isDefault: (v: string) => string;
  json: (v: string) => string;
}

const scalars: Record<string, Scalar> = {
  double: { ts: "number", wt: WT.bit64, read: "r.double()", write: "double", size: () => "8", zero: "0", isDefault: (v) => `(${v} === 0 && !Object.is(${v}, -0))`, json: (v) => `jsonDouble(${v})` },
  float: { ts: "number", wt: WT.bit32, read: "r.float()", write: "float", size: () => "4", zero: "0", isDefault: (v) => `(${v} === 0 && !Object.is(${v}, -0))`, json: (v) => `jsonFloat(${v})` },
  int32: { ts: "number", wt: WT.varint, read: "r.int32()", write: "int32", size: (v) => `varintSize(${v})`, zero: "0", isDefault: (v) => `${v} === 0`, json: (v) => v },
  uint32: { ts: "number", wt: WT.varint, read: "r.uint32()", write: "uint32", size: (v) => `varintSize(${v})`, zero: "0", isDefault: (v) => `${v} === 0`, json: (v) => v },
  int64: { ts: "bigint", wt: WT.varint, read: "r.int64()", write: "uint64", size: (v) => `varint64Size(${v})`, zero: "0n", isDefault: (v) => `${v} === 0n`, json: (v) => `${v}.toString()` },
  bool: { ts: "boolean", wt: WT.varint, read: "r.bool()", write: "bool", size: () => "1", zero: "false", isDefault: (v) => `!${v}`, json: (v) => v },
  string: { ts: "string", wt: WT.len, read: "", write: "string", size: (v) => `stringFieldSize(${v})`, zero: '""', isDefault: (v) => `${v} === ""`, json: (v) => v },
};

function tsName(t: protobuf.Type | protobuf.Enum): string {
  const parts: string[] = [];
  let cur: protobuf.ReflectionObject | null = t;
  while (cur && !(cur instanceof protobuf.Namespace && !(cur instanceof protobuf.Type))) {
    parts.unshift(cur.name);
    cur = cur.parent;
  }
  return parts.join("_");
}

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function collect(root: protobuf.Root): { types: protobuf.Type[]; enums: protobuf.Enum[] } {
  const types: protobuf.Type[] = [];
  const enums: protobuf.Enum[] = [];
  const seen = new Set<string>();
  const visit = (t: protobuf.Type): void => {
    if (seen.has(t.fullName) || t.fullName === STRUCT) return;
    seen.add(t.fullName);
    types.push(t);
    for (const f of t.fieldsArray) {
      const rt = f.resolvedType;
      if (rt instanceof protobuf.Type) visit(rt);
      else if (rt instanceof protobuf.Enum && !seen.has(rt.fullName)) {
        seen.add(rt.fullName);
        enums.push(rt);
      }
    }
  };
  const pkg = root.lookup("resim.metrics.proto") as protobuf.Namespace;
  for (const nested of pkg.nestedArray) {
    if (nested instanceof protobuf.Type) visit(nested);
    else if (nested instanceof protobuf.Enum && !seen.has(nested.fullName)) {
      seen.add(nested.fullName);
      enums.push(nested);
    }
  }
  enums.sort((a, b) => a.fullName.localeCompare(b.fullName));
  return { types, enums };
}

type Kind =
  | { k: "scalar"; s: Scalar; type: string }
  | { k: "enum"; e: protobuf.Enum }
  | { k: "message"; t: protobuf.Type }
  | { k: "struct" };

function kindOf(f: protobuf.Field): Kind {
  const rt = f.resolvedType;
  if (rt instanceof protobuf.Enum) return { k: "enum", e: rt };
  if (rt instanceof protobuf.Type) return rt.fullName === STRUCT ? { k: "struct" } : { k: "message", t: rt };
  const s = scalars[f.type];
  if (!s) throw new Error(`unsupported scalar type ${f.type} in ${f.parent?.fullName}.${f.name}`);
  return { k: "scalar", s, type: f.type };
}

const isOptional = (f: protobuf.Field): boolean => f.options?.["proto3_optional"] === true;
const realOneof = (f: protobuf.Field): protobuf.OneOf | undefined => (f.partOf && !isOptional(f) ? f.partOf : undefined);

function valueTs(kind: Kind): string {
  switch (kind.k) {
    case "scalar":
      return kind.s.ts;
    case "enum":
      return `Open<${tsName(kind.e)}>`;
    case "message":
      return tsName(kind.t);
    case "struct":
      return "JsonObject";
  }
}

function fieldTs(f: protobuf.Field): string {
  const kind = kindOf(f);
  if (f instanceof protobuf.MapField || f.map) return `Map<string, ${valueTs(kind)}>`;
  if (f.repeated) {
    if (kind.k === "scalar" && kind.type === "double") return "Float64Array";
    if (kind.k === "enum") return `Int32Array /* ${tsName(kind.e)} values */`;
    return `${valueTs(kind)}[]`;
  }
  return valueTs(kind);
}

function defaultOf(f: protobuf.Field): string {
  const kind = kindOf(f);
  if (f.map) return "new Map()";
  if (f.repeated) {
    if (kind.k === "scalar" && kind.type === "double") return "new Float64Array(0)";
    if (kind.k === "enum") return "new Int32Array(0)";
    return "[]";
  }
  if (kind.k === "scalar") return kind.s.zero;
  if (kind.k === "enum") return "0";
  throw new Error("messages have no default");
}

function doc(comment: string | null | undefined, indent = ""): string {
  if (!comment) return "";
  const lines = comment.split("\n").map((l) => `${indent} * ${l}`.trimEnd());
  return `${indent}/**\n${lines.join("\n")}\n${indent} */\n`;
}

function genEnum(e: protobuf.Enum): string {
  const name = tsName(e);
  const entries = Object.entries(e.values);
  return [
    `/** Values of enum \`${e.fullName.slice(1)}\`. */`,
    `export const ${name} = {`,
    ...entries.map(([k, v]) => `  ${k}: ${v},`),
    `} as const;`,
    `/** One of the known values of \`${e.fullName.slice(1)}\`. */`,
    `export type ${name} = (typeof ${name})[keyof typeof ${name}];`,
    `/** Names of \`${e.fullName.slice(1)}\` values, by number. */`,
    `export const ${name}Names: Readonly<Record<number, string>> = {`,
    ...entries.map(([k, v]) => `  ${v}: "${k}",`),
    `};`,
    "",
  ].join("\n");
}

function genInterface(t: protobuf.Type): string {
  const name = tsName(t);
  const out: string[] = [];
  out.push(doc(t.comment ?? `Message \`${t.fullName.slice(1)}\`.`));
  out.push(`export interface ${name} {`);
  const oneofsDone = new Set<string>();
  for (const f of t.fieldsArray.slice().sort((a, b) => a.id - b.id)) {
    const oneof = realOneof(f);
    if (oneof) {
      if (oneofsDone.has(oneof.name)) continue;
      oneofsDone.add(oneof.name);
      const members = oneof.fieldsArray.map((m) => `    | { case: "${camel(m.name)}"; value: ${fieldTs(m)} }`);
      out.push(`  /** Oneof \`${oneof.name}\`. */`);
      out.push(`  ${camel(oneof.name)}:\n${members.join("\n")}\n    | { case: undefined; value?: undefined };`);
      continue;
    }
    const kind = kindOf(f);
    const presence = isOptional(f) || (!f.repeated && !f.map && (kind.k === "message" || kind.k === "struct"));
    if (f.comment) out.push(doc(f.comment, "  ").trimEnd());
    out.push(`  ${camel(f.name)}${presence ? "?" : ""}: ${fieldTs(f)};`);
  }
  out.push(`  /** Fields unknown to this schema, as raw bytes. */`);
  out.push(`  $unknown?: UnknownFields;`);
  out.push(`}`);
  return out.join("\n") + "\n";
}

function genCreate(t: protobuf.Type): string {
  const name = tsName(t);
  const parts: string[] = [];
  const oneofsDone = new Set<string>();
  for (const f of t.fieldsArray) {
    const oneof = realOneof(f);
    if (oneof) {
      if (!oneofsDone.has(oneof.name)) parts.push(`${camel(oneof.name)}: { case: undefined }`);
      oneofsDone.add(oneof.name);
      continue;
    }
    const kind = kindOf(f);
    if (isOptional(f) || (!f.repeated && !f.map && (kind.k === "message" || kind.k === "struct"))) continue;
    parts.push(`${camel(f.name)}: ${defaultOf(f)}`);
  }
  return `function ${name}$create(): ${name} {\n  return { ${parts.join(", ")} };\n}\n`;
}

/** Expression reading one value of `kind` (for singular, oneof and map value positions). */
function readValue(f: protobuf.Field, kind: Kind, into: string | undefined): string[] {
  switch (kind.k) {
    case "scalar":
      return kind.type === "string" ? [`r.string("${f.parent!.fullName.slice(1)}.${f.name}")`] : [kind.s.read];
    case "enum":
      return ["r.int32()"];
    case "message":
      return [`${tsName(kind.t)}$decode(r, r.enter()${into ? `, ${into}` : ""})`];
    case "struct":
      return [`decodeStruct(r, r.enter())`];
  }
}

function wireTypeOf(kind: Kind): number {
  if (kind.k === "scalar") return kind.s.wt;
  if (kind.k === "enum") return WT.varint;
  return WT.len;
}

function genDecode(t: protobuf.Type): string {
  const name = tsName(t);
  const out: string[] = [];
  out.push(`function ${name}$decode(r: Reader, end: number, m: ${name} = ${name}$create()): ${name} {`);
  out.push(`  while (r.pos < end) {`);
  out.push(`    const tagStart = r.pos;`);
  out.push(`    const tag = r.tag();`);
  out.push(`    switch (tag) {`);
  for (const f of t.fieldsArray) {
    const kind = kindOf(f);
    const prop = `m.${camel(f.name)}`;
    const oneof = realOneof(f);
    const nested = kind.k === "message" || kind.k === "struct";
    if (f.map) {
      const vkind = kindOf(f);
      const vname = vkind.k === "message" ? tsName(vkind.t) : "";
      out.push(`    case ${(f.id << 3) | WT.len}: {`);
      out.push(`      const entryEnd = r.enter();`);
      out.push(`      let key = "";`);
      out.push(`      let value: ${vname} | undefined;`);
      out.push(`      while (r.pos < entryEnd) {`);
      out.push(`        const entryTagStart = r.pos;`);
      out.push(`        const entryTag = r.tag();`);
      out.push(`        if (entryTag === ${(1 << 3) | WT.len}) key = r.string("${t.fullName.slice(1)}.${f.name}.key");`);
      out.push(`        else if (entryTag === ${(2 << 3) | WT.len}) { const ve = r.enter(); value = ${vname}$decode(r, ve, value); r.leave(ve); }`);
      out.push(`        else r.skip(entryTagStart, entryTag & 7, entryTag >>> 3);`);
      out.push(`      }`);
      out.push(`      r.leave(entryEnd);`);
      out.push(`      ${prop}.set(key, value ?? ${vname}$create());`);
      out.push(`      break;`);
      out.push(`    }`);
      continue;
    }
    if (f.repeated) {
      if (kind.k === "scalar" && kind.type === "double") {
        out.push(`    case ${(f.id << 3) | WT.len}:`);
        out.push(`    case ${(f.id << 3) | WT.bit64}:`);
        out.push(`      ${prop} = r.doubles(tag & 7, ${prop});`);
        out.push(`      break;`);
      } else if (kind.k === "enum") {
        out.push(`    case ${(f.id << 3) | WT.len}:`);
        out.push(`    case ${(f.id << 3) | WT.varint}:`);
        out.push(`      ${prop} = r.int32s(tag & 7, ${prop});`);
        out.push(`      break;`);
      } else if (kind.k === "scalar" && kind.type === "string") {
        out.push(`    case ${(f.id << 3) | WT.len}:`);
        out.push(`      ${prop}.push(${readValue(f, kind, undefined)[0]});`);
        out.push(`      break;`);
      } else if (kind.k === "message") {
        out.push(`    case ${(f.id << 3) | WT.len}: {`);
        out.push(`      const e = r.enter();`);
        out.push(`      ${prop}.push(${tsName(kind.t)}$decode(r, e));`);
        out.push(`      r.leave(e);`);
        out.push(`      break;`);
        out.push(`    }`);
      } else throw new Error(`unsupported repeated field ${t.fullName}.${f.name}`);
      continue;
    }
    const tag = (f.id << 3) | wireTypeOf(kind);
    out.push(`    case ${tag}: {`);
    if (oneof) {
      const o = `m.${camel(oneof.name)}`;
      const c = camel(f.name);
      if (nested) {
        out.push(`      const e = r.enter();`);
        const merge = kind.k === "message" ? `, ${o}.case === "${c}" ? ${o}.value : undefined` : "";
        const call = kind.k === "message" ? `${tsName(kind.t)}$decode(r, e${merge})` : `decodeStruct(r, e)`;
        out.push(`      ${o} = { case: "${c}", value: ${call} };`);
        out.push(`      r.leave(e);`);
      } else {
        out.push(`      ${o} = { case: "${c}", value: ${readValue(f, kind, undefined)[0]} };`);
      }
    } else if (nested) {
      out.push(`      const e = r.enter();`);
      if (kind.k === "message") out.push(`      ${prop} = ${tsName(kind.t)}$decode(r, e, ${prop});`);
      else out.push(`      ${prop} = ${prop} === undefined ? decodeStruct(r, e) : Object.assign(${prop}, decodeStruct(r, e));`);
      out.push(`      r.leave(e);`);
    } else {
      out.push(`      ${prop} = ${readValue(f, kind, undefined)[0]};`);
    }
    out.push(`      break;`);
    out.push(`    }`);
  }
  out.push(`    default:`);
  out.push(`      (m.$unknown ??= []).push(r.skip(tagStart, tag & 7, tag >>> 3));`);
  out.push(`    }`);
  out.push(`  }`);
  out.push(`  return m;`);
  out.push(`}`);
  return out.join("\n") + "\n";
}

/** Size and write code for one value (singular/oneof/map-value positions). */
function valueCode(kind: Kind, f: protobuf.Field, v: string): { size: string[]; write: string[] } {
  const tagBytes = varintLen((f.id << 3) | wireTypeOf(kind));
  switch (kind.k) {
    case "scalar":
      return {
        size: [`n += ${tagBytes} + ${kind.s.size(v)};`],
        write: [`w.tag(${f.id}, ${kind.s.wt});`, `w.${kind.s.write}(${v});`],
      };
    case "enum":
      return { size: [`n += ${tagBytes} + varintSize(${v});`], write: [`w.tag(${f.id}, 0);`, `w.int32(${v});`] };
    case "message":
      return {
        size: [`{ const slot = s.reserve(); n += ${tagBytes} + s.set(slot, ${tsName(kind.t)}$size(${v}, s)); }`],
        write: [`w.tag(${f.id}, 2);`, `w.beginMessage();`, `${tsName(kind.t)}$write(${v}, w);`],
      };
    case "struct":
      return {
        size: [`{ const slot = s.reserve(); n += ${tagBytes} + s.set(slot, sizeStruct(${v}, s)); }`],
        write: [`w.tag(${f.id}, 2);`, `w.beginMessage();`, `writeStruct(${v}, w);`],
      };
  }
}

function varintLen(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : 3;
}

function genSizeWrite(t: protobuf.Type): string {
  const name = tsName(t);
  const size: string[] = [];
  const write: string[] = [];
  const oneofsDone = new Set<string>();
  const indent = (lines: string[], n: number): string[] => lines.map((l) => " ".repeat(n) + l);
  for (const f of t.fieldsArray.slice().sort((a, b) => a.id - b.id)) {
    const kind = kindOf(f);
    const prop = `m.${camel(f.name)}`;
    const oneof = realOneof(f);
    if (oneof) {
      if (oneofsDone.has(oneof.name)) continue;
      oneofsDone.add(oneof.name);
      const o = `m.${camel(oneof.name)}`;
      size.push(`switch (${o}.case) {`);
      write.push(`switch (${o}.case) {`);
      // Oneof members are written at the position of the first member's number;
      // members of one oneof are contiguous in this schema.
      for (const member of oneof.fieldsArray) {
        const mk = kindOf(member);
        const code = valueCode(mk, member, `${o}.value`);
        size.push(`  case "${camel(member.name)}":`, ...indent(code.size, 4), `    break;`);
        write.push(`  case "${camel(member.name)}":`, ...indent(code.write, 4), `    break;`);
      }
      size.push(`}`);
      write.push(`}`);
      continue;
    }
    if (f.map) {
      const vname = tsName((kind as { t: protobuf.Type }).t);
      const tb = varintLen((f.id << 3) | 2);
      size.push(
        `for (const [key, value] of ${prop}) {`,
        `  const entry = s.reserve();`,
        `  const valueSlot = s.reserve();`,
        `  const e = 1 + stringFieldSize(key) + 1 + s.set(valueSlot, ${vname}$size(value, s));`,
        `  n += ${tb} + s.set(entry, e);`,
        `}`,
      );
      write.push(
        `for (const [key, value] of ${prop}) {`,
        `  w.tag(${f.id}, 2);`,
        `  w.beginMessage();`,
        `  w.tag(1, 2);`,
        `  w.string(key);`,
        `  w.tag(2, 2);`,
        `  w.beginMessage();`,
        `  ${vname}$write(value, w);`,
        `}`,
      );
      continue;
    }
    const tb = varintLen((f.id << 3) | 2);
    if (f.repeated) {
      if (kind.k === "scalar" && kind.type === "double") {
        size.push(`if (${prop}.length > 0) n += ${tb} + varintSize(${prop}.length * 8) + ${prop}.length * 8;`);
        write.push(`if (${prop}.length > 0) {`, `  w.tag(${f.id}, 2);`, `  w.packedDoubles(${prop});`, `}`);
      } else if (kind.k === "enum") {
        size.push(`if (${prop}.length > 0) n += ${tb} + packedInt32sSize(${prop});`);
        write.push(`if (${prop}.length > 0) {`, `  w.tag(${f.id}, 2);`, `  w.packedInt32s(${prop});`, `}`);
      } else {
        const code = valueCode(kind, f, "item");
        size.push(`for (const item of ${prop}) {`, ...indent(code.size, 2), `}`);
        write.push(`for (const item of ${prop}) {`, ...indent(code.write, 2), `}`);
      }
      continue;
    }
    const code = valueCode(kind, f, prop);
    let cond: string;
    if (isOptional(f) || kind.k === "message" || kind.k === "struct") cond = `${prop} !== undefined`;
    else if (kind.k === "enum") cond = `${prop} !== 0`;
    else cond = `!(${kind.s.isDefault(prop)})`;
    size.push(`if (${cond}) ${code.size.length === 1 ? code.size[0] : `{ ${code.size.join(" ")} }`}`);
    write.push(`if (${cond}) {`, ...indent(code.write, 2), `}`);
  }
  size.push(`if (m.$unknown) for (const u of m.$unknown) n += u.length;`);
  write.push(`if (m.$unknown) for (const u of m.$unknown) w.raw(u);`);
  // Messages without nested messages never touch the size list.
  const sizesParam = size.some((l) => /\bs\.(reserve|set)\b|, s\)/.test(l)) ? "s" : "_s";
  return [
    `function ${name}$size(m: ${name}, ${sizesParam}: Sizes): number {`,
    `  let n = 0;`,
    ...indent(size, 2),
    `  return n;`,
    `}`,
    ``,
    `function ${name}$write(m: ${name}, w: Writer): void {`,
    ...indent(write, 2),
    `}`,
    ``,
  ].join("\n");
}

function jsonValue(kind: Kind, v: string): string {
  switch (kind.k) {
    case "scalar":
      return kind.s.json(v);
    case "enum":
      return `jsonEnum(${tsName(kind.e)}Names, ${v})`;
    case "message":
      return kind.t.fullName === TIMESTAMP ? `jsonTimestamp(${v}.seconds, ${v}.nanos)` : `${tsName(kind.t)}$json(${v})`;
    case "struct":
      return v;
  }
}

function genJson(t: protobuf.Type): string {
  const name = tsName(t);
  const out: string[] = [`function ${name}$json(m: ${name}): JsonObject {`, `  const j: JsonObject = {};`];
  const oneofsDone = new Set<string>();
  for (const f of t.fieldsArray.slice().sort((a, b) => a.id - b.id)) {
    const kind = kindOf(f);
    const prop = `m.${camel(f.name)}`;
    const key = JSON.stringify(f.jsonName ?? camel(f.name));
    const oneof = realOneof(f);
    if (oneof) {
      if (oneofsDone.has(oneof.name)) continue;
      oneofsDone.add(oneof.name);
      const o = `m.${camel(oneof.name)}`;
      out.push(`  switch (${o}.case) {`);
      for (const member of oneof.fieldsArray) {
        out.push(`    case "${camel(member.name)}":`);
        out.push(`      j[${JSON.stringify(member.jsonName ?? camel(member.name))}] = ${jsonValue(kindOf(member), `${o}.value`)};`);
        out.push(`      break;`);
      }
      out.push(`  }`);
      continue;
    }
    if (f.map) {
      out.push(`  if (${prop}.size > 0) {`);
      out.push(`    const obj: JsonObject = {};`);
      out.push(`    for (const [k, v] of ${prop}) Object.defineProperty(obj, k, { value: ${jsonValue(kind, "v")}, enumerable: true, writable: true, configurable: true });`);
      out.push(`    j[${key}] = obj;`);
      out.push(`  }`);
      continue;
    }
    if (f.repeated) {
      out.push(`  if (${prop}.length > 0) j[${key}] = Array.from(${prop}, (v) => ${jsonValue(kind, "v")});`);
      continue;
    }
    let cond: string;
    if (isOptional(f) || kind.k === "message" || kind.k === "struct") cond = `${prop} !== undefined`;
    else if (kind.k === "enum") cond = `${prop} !== 0`;
    else cond = `!(${kind.s.isDefault(prop)})`;
    out.push(`  if (${cond}) j[${key}] = ${jsonValue(kind, prop)};`);
  }
  out.push(`  return j;`, `}`, ``);
  return out.join("\n");
}

function genType(t: protobuf.Type): string {
  const name = tsName(t);
  return [
    genInterface(t),
    `/** Codec of \`${t.fullName.slice(1)}\`. */`,
    `export const ${name}: MessageType<${name}> = {`,
    `  typeName: "${t.fullName.slice(1)}",`,
    `  create: (init) => Object.assign(${name}$create(), init),`,
    `  decode: (bytes) => decodeRoot(bytes, ${name}$decode),`,
    `  decodeFrom: (reader) => ${name}$decode(reader, reader.buf.length),`,
    `  encode: (message) => encodeRoot(message, ${name}$size, ${name}$write),`,
    `  toJson: (message) => ${name}$json(message),`,
    `};`,
    ``,
    genCreate(t),
    genDecode(t),
    genSizeWrite(t),
    genJson(t),
  ].join("\n");
}

/** Generates the codec source for the schema under `protoRoot`. */
export function generate(protoRoot: string): string {
  const root = loadSchema(protoRoot);
  const { types, enums } = collect(root);
  const header = [
    `// Code generated by build/gen_proto.ts (protobufjs ${protobufVersion}) from`,
    `// proto/resim/metrics/proto/metrics.proto and proto/resim/utils/proto/uuid.proto.`,
    `// DO NOT EDIT: change the schema or the generator and run \`npm run generate\`.`,
    ``,
    `import { Reader } from "../wire/reader.ts";`,
    `import { Sizes, Writer, packedInt32sSize, stringFieldSize, varint64Size, varintSize } from "../wire/writer.ts";`,
    `import { decodeStruct, sizeStruct, writeStruct, type JsonObject } from "../wire/struct.ts";`,
    `import { jsonDouble, jsonEnum, jsonFloat, jsonTimestamp } from "../wire/json.ts";`,
    `import type { MessageType, Open, UnknownFields } from "../wire/message.ts";`,
    ``,
    `function decodeRoot<T>(bytes: Uint8Array, decode: (r: Reader, end: number) => T): T {`,
    `  return decode(new Reader(bytes), bytes.length);`,
    `}`,
    ``,
    `function encodeRoot<T>(message: T, size: (m: T, s: Sizes) => number, write: (m: T, w: Writer) => void): Uint8Array {`,
    `  const sizes = new Sizes();`,
    `  const w = new Writer(size(message, sizes), sizes);`,
    `  write(message, w);`,
    `  return w.buf;`,
    `}`,
    ``,
  ].join("\n");
  return header + "\n" + enums.map(genEnum).join("\n") + "\n" + types.map(genType).join("\n");
}

if (import.meta.main) {
  writeOrCheckGenerated(outFile, generate(`${repo}proto`));
}
