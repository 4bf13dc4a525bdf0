/**
 * google.protobuf.Struct as plain JSON: Plotly figures travel as Struct on
 * the wire but users and tools want ordinary objects, so the codec converts
 * directly between the two without an intermediate message tree.
 * @module
 */

import { Reader, WireType } from "./reader.ts";
import { Sizes, stringFieldSize, type Writer } from "./writer.ts";

/** A JSON value as carried by google.protobuf.Value. */
export type JsonValue = null | boolean | number | string | JsonObject | JsonValue[];
/** A JSON object as carried by google.protobuf.Struct. */
export type JsonObject = { [key: string]: JsonValue };

// Struct.fields = 1 (map<string, Value>); map entry key = 1, value = 2;
// Value: null = 1, number = 2, string = 3, bool = 4, struct = 5, list = 6;
// ListValue.values = 1.

/** Decodes a Struct payload ending at `end` into a JSON object. */
export function decodeStruct(r: Reader, end: number): JsonObject {
  const out: JsonObject = {};
  while (r.pos < end) {
    const tagStart = r.pos;
    const tag = r.tag();
    if (tag === ((1 << 3) | WireType.LengthDelimited)) {
      const entryEnd = r.enter();
      let key = "";
      let value: JsonValue = null;
      while (r.pos < entryEnd) {
        const t = r.tag();
        if (t === ((1 << 3) | WireType.LengthDelimited)) key = r.string("google.protobuf.Struct.FieldsEntry.key");
        else if (t === ((2 << 3) | WireType.LengthDelimited)) {
          const valueEnd = r.enter();
          value = decodeValue(r, valueEnd);
          r.leave(valueEnd);
        } else r.skip(r.pos, t & 7, t >>> 3);
      }
      r.leave(entryEnd);
      // defineProperty keeps keys like "__proto__" as ordinary data.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    } else r.skip(tagStart, tag & 7, tag >>> 3);
  }
  return out;
}

function decodeValue(r: Reader, end: number): JsonValue {
  let value: JsonValue = null;
  while (r.pos < end) {
    const tagStart = r.pos;
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | WireType.Varint:
        r.int32();
        value = null;
        break;
      case (2 << 3) | WireType.Bit64:
        value = r.double();
        break;
      case (3 << 3) | WireType.LengthDelimited:
        value = r.string("google.protobuf.Value.string_value");
        break;
      case (4 << 3) | WireType.Varint:
        value = r.bool();
        break;
      case (5 << 3) | WireType.LengthDelimited: {
        const e = r.enter();
        value = decodeStruct(r, e);
        r.leave(e);
        break;
      }
      case (6 << 3) | WireType.LengthDelimited: {
        const e = r.enter();
        const list: JsonValue[] = [];
        while (r.pos < e) {
          const ts = r.pos;
          const t = r.tag();
          if (t === ((1 << 3) | WireType.LengthDelimited)) {
            const ve = r.enter();
            list.push(decodeValue(r, ve));
            r.leave(ve);
          } else r.skip(ts, t & 7, t >>> 3);
        }
        r.leave(e);
        value = list;
        break;
      }
      default:
        r.skip(tagStart, tag & 7, tag >>> 3);
    }
  }
  return value;
}

/** Size pass for a Struct payload (without its own length prefix). */
export function sizeStruct(obj: JsonObject, s: Sizes): number {
  let n = 0;
  for (const key of Object.keys(obj)) {
    const entry = s.reserve();
    let e = 1 + stringFieldSize(key);
    const slot = s.reserve();
    e += 1 + s.set(slot, sizeValue(obj[key]!, s));
    n += 1 + s.set(entry, e);
  }
  return n;
}

function sizeValue(v: JsonValue, s: Sizes): number {
  if (v === null) return 2;
  switch (typeof v) {
    case "number":
      return 9;
    case "string":
      return 1 + stringFieldSize(v);
    case "boolean":
      return 2;
  }
  const slot = s.reserve();
  if (Array.isArray(v)) {
    let n = 0;
    for (const item of v) {
      const itemSlot = s.reserve();
      n += 1 + s.set(itemSlot, sizeValue(item, s));
    }
    return 1 + s.set(slot, n);
  }
  return 1 + s.set(slot, sizeStruct(v, s));
}

/** Write pass for a Struct payload (without its own length prefix). */
export function writeStruct(obj: JsonObject, w: Writer): void {
  for (const key of Object.keys(obj)) {
    w.tag(1, WireType.LengthDelimited);
    w.beginMessage();
    w.tag(1, WireType.LengthDelimited);
    w.string(key);
    w.tag(2, WireType.LengthDelimited);
    w.beginMessage();
    writeValue(obj[key]!, w);
  }
}

function writeValue(v: JsonValue, w: Writer): void {
  if (v === null) {
    w.tag(1, WireType.Varint);
    w.uint32(0);
    return;
  }
  switch (typeof v) {
    case "number":
      w.tag(2, WireType.Bit64);
      w.double(v);
      return;
    case "string":
      w.tag(3, WireType.LengthDelimited);
      w.string(v);
      return;
    case "boolean":
      w.tag(4, WireType.Varint);
      w.bool(v);
      return;
  }
  if (Array.isArray(v)) {
    w.tag(6, WireType.LengthDelimited);
    w.beginMessage();
    for (const item of v) {
      w.tag(1, WireType.LengthDelimited);
      w.beginMessage();
      writeValue(item, w);
    }
    return;
  }
  w.tag(5, WireType.LengthDelimited);
  w.beginMessage();
  writeStruct(v, w);
}
