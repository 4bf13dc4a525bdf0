/**
 * Wire-format edge cases with the verdict of protobuf's C++ runtime (3.21,
 * `ParseFromString` of a message that knows none of the fields): what a
 * reader of metrics files must accept and refuse. Every field is number 15,
 * unknown to JobMetrics, Metric and MetricsData, unless a case says otherwise.
 * @module
 */

/** One input and whether the C++ runtime parses it. */
export interface WireCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly cpp: "accepts" | "refuses";
}

/** The varint of `value`, padded with `extra` zero-valued continuation bytes. */
export function varint(value: bigint, extra = 0): number[] {
  const out: number[] = [];
  do {
    out.push(Number(value & 0x7fn) | 0x80);
    value >>= 7n;
  } while (value > 0n);
  for (let i = 0; i < extra; i++) out.push(0x80);
  out[out.length - 1]! &= 0x7f;
  return out;
}

const tag = (field: number, wireType: number, extra = 0) => varint(BigInt(field * 8 + wireType), extra);
const ten = (last: number) => [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, last];
const groups = (depth: number) => [...Array<number[]>(depth).fill(tag(15, 3)).flat(), ...Array<number[]>(depth).fill(tag(15, 4)).flat()];

const cases: [string, number[], WireCase["cpp"]][] = [
  // Varint values.
  ["a 1-byte varint", [...tag(15, 0), 0x01], "accepts"],
  ["a varint padded to 10 bytes", [...tag(15, 0), ...varint(1n, 9)], "accepts"],
  ["a varint padded to 11 bytes", [...tag(15, 0), ...varint(1n, 10)], "refuses"],
  ["a 10-byte varint whose last byte is 1 (2^64 - 1)", [...tag(15, 0), ...ten(0x01)], "accepts"],
  ["a 10-byte varint whose last byte carries bits past 63", [...tag(15, 0), ...ten(0x7f)], "accepts"],
  ["a truncated varint", [...tag(15, 0), 0x80], "refuses"],
  // Length prefixes.
  ["a length-delimited field", [...tag(15, 2), 0x02, 0x08, 0x01], "accepts"],
  ["a length prefix padded to 5 bytes", [...tag(15, 2), ...varint(2n, 4), 0x08, 0x01], "accepts"],
  ["a length prefix padded to 6 bytes", [...tag(15, 2), ...varint(2n, 5), 0x08, 0x01], "refuses"],
  ["a length prefix padded to 10 bytes", [...tag(15, 2), ...varint(2n, 9), 0x08, 0x01], "refuses"],
  ["a length past the end", [...tag(15, 2), 0x03, 0x08, 0x01], "refuses"],
  ["a length of 2^31 - 1", [...tag(15, 2), ...varint(2n ** 31n - 1n), 0x08, 0x01], "refuses"],
  ["a length of 2^31", [...tag(15, 2), ...varint(2n ** 31n), 0x08, 0x01], "refuses"],
  ["a length of 2^32 + 2", [...tag(15, 2), ...varint(2n ** 32n + 2n), 0x08, 0x01], "refuses"],
  ["a length of 2^35 + 2", [...tag(15, 2), ...varint(2n ** 35n + 2n), 0x08, 0x01], "refuses"],
  ["a length of 2^63 + 2", [...tag(15, 2), ...varint(2n ** 63n + 2n), 0x08, 0x01], "refuses"],
  ["a length of 2^64 - 1", [...tag(15, 2), ...ten(0x01)], "refuses"],
  // Tags.
  ["a tag padded to 5 bytes", [...tag(15, 0, 4), 0x01], "accepts"],
  ["a tag padded to 6 bytes", [...tag(15, 0, 5), 0x01], "refuses"],
  ["a tag padded to 10 bytes", [...tag(15, 0, 9), 0x01], "refuses"],
  ["metrics_status behind a tag padded to 6 bytes", [...tag(4, 0, 5), 0x01], "refuses"],
  ["a 5-byte tag with bit 32 set", [0xf8, 0x80, 0x80, 0x80, 0x10, 0x01], "accepts"],
  ["the largest field number, 2^29 - 1", [...tag(2 ** 29 - 1, 0), 0x01], "accepts"],
  ["a truncated tag", [0xf8], "refuses"],
  ["a tag of 0", [0x00], "refuses"],
  ["field number 0 as a varint", [0x00, 0x01], "refuses"],
  ["field number 0 as length-delimited", [0x02, 0x00], "refuses"],
  ["field number 0 as fixed32", [0x05, 0x00, 0x00, 0x00, 0x00], "refuses"],
  ["wire type 6", [...tag(15, 6), 0x01], "refuses"],
  ["wire type 7", [...tag(15, 7), 0x01], "refuses"],
  // Fixed widths.
  ["a fixed64", [...tag(15, 1), 1, 2, 3, 4, 5, 6, 7, 8], "accepts"],
  ["a truncated fixed64", [...tag(15, 1), 1, 2, 3, 4, 5, 6, 7], "refuses"],
  ["a fixed32", [...tag(15, 5), 1, 2, 3, 4], "accepts"],
  ["a truncated fixed32", [...tag(15, 5), 1, 2, 3], "refuses"],
  // Groups, which proto3 keeps as unknown fields.
  ["an empty group", [...tag(15, 3), ...tag(15, 4)], "accepts"],
  ["a group holding fields", [...tag(15, 3), ...tag(1, 0), 0x01, ...tag(2, 2), 0x00, ...tag(15, 4)], "accepts"],
  ["a group closed by another field", [...tag(15, 3), ...tag(16, 4)], "refuses"],
  ["an unclosed group", [...tag(15, 3), ...tag(1, 0), 0x01], "refuses"],
  ["a stray end-group", [...tag(15, 4)], "refuses"],
  ["groups nested 100 deep", groups(100), "accepts"],
  ["groups nested 101 deep", groups(101), "refuses"],
];

/** The corpus. */
export const wireCases: readonly WireCase[] = cases.map(([name, bytes, cpp]) => ({ name, bytes: Uint8Array.from(bytes), cpp }));
