/**
 * Protobuf wire-format reader: bounds-checked varints, fixed-width numbers,
 * strict UTF-8 strings and zero-copy packed double arrays.
 *
 * Every read checks the remaining length first, so a truncated or hostile
 * input fails with a {@link DecodeError} naming the byte offset instead of
 * allocating unbounded memory or reading past the end.
 *
 * The reader accepts what protobuf's C++ runtime parses, and nothing more:
 * varint values of at most 10 bytes (the low 64 bits kept), tags of at most
 * 5 bytes (the low 32 bits kept), length prefixes of at most 5 bytes below
 * 2 GiB that fit in the remaining bytes, no field number 0, no wire type 6
 * or 7, end-groups only closing their own group, and messages and groups
 * nested at most 100 deep.
 * @module
 */

import { isAscii } from "node:buffer";

/** Wire types of the protobuf encoding. */
export const WireType = {
  Varint: 0,
  Bit64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Bit32: 5,
} as const;

/** A malformed protobuf input; `offset` is the byte where decoding failed. */
export class DecodeError extends Error {
  override name = "DecodeError";
  /** Byte offset in the decoded buffer where the problem was found. */
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(`${message} at byte ${offset}`);
    this.offset = offset;
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Messages and groups nest; past this depth (the C++ runtime's recursion limit) the input is rejected. */
const MAX_DEPTH = 100;

/** How a {@link Reader} treats the values of packed numeric series. */
export interface ReaderOptions {
  /**
   * Keep only the lengths of packed double and enum series: their arrays
   * have the right length but unspecified contents (zeros where decoding or
   * copying would cost), so a file's shape can be read without copying or
   * decoding millions of numbers. The input is checked as strictly as in a
   * full decode.
   */
  readonly lengthsOnly?: boolean;
}

/** Sequential reader over one protobuf-encoded buffer. */
export class Reader {
  readonly buf: Uint8Array;
  pos: number;
  readonly lengthsOnly: boolean;
  /** Number of unknown fields skipped so far (used to guess message types). */
  unknownFields = 0;
  /** Current nesting depth of messages and groups. */
  depth = 0;
  #view: DataView | undefined;

  constructor(buf: Uint8Array, pos = 0, options: ReaderOptions = {}) {
    this.buf = buf;
    this.pos = pos;
    this.lengthsOnly = options.lengthsOnly === true;
  }

  #dataView(): DataView {
    return (this.#view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength));
  }

  fail(message: string, at: number = this.pos): never {
    throw new DecodeError(message, at);
  }

  /** Reads a varint of up to 10 bytes and keeps its low 32 bits (`uint32`, `int32` and enum values). */
  uint32(): number {
    const buf = this.buf;
    let pos = this.pos;
    let b = buf[pos++];
    if (b === undefined) this.fail("truncated varint", this.pos);
    let value = b & 0x7f;
    if (b < 0x80) {
      this.pos = pos;
      return value;
    }
    for (let shift = 7; shift < 70; shift += 7) {
      b = buf[pos++];
      if (b === undefined) this.fail("truncated varint", this.pos);
      // Bits beyond 32 are dropped, as int32 decoding in every protobuf runtime does.
      if (shift < 32) value |= (b & 0x7f) << shift;
      if (b < 0x80) {
        this.pos = pos;
        return value >>> 0;
      }
    }
    this.fail("varint longer than 10 bytes", this.pos);
  }

  /** Reads an `int32` or enum value (sign-extended varint). */
  int32(): number {
    return this.uint32() | 0;
  }

  /** Reads a 64-bit varint as a signed bigint (`int64`). */
  int64(): bigint {
    return BigInt.asIntN(64, this.#varint64());
  }

  /** Reads a 64-bit varint as an unsigned bigint (`uint64`). */
  uint64(): bigint {
    return this.#varint64();
  }

  #varint64(): bigint {
    const start = this.pos;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      const b = this.buf[this.pos++];
      if (b === undefined) this.fail("truncated varint", start);
      if (i < 4) lo |= (b & 0x7f) << (7 * i);
      else if (i === 4) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >> 4;
      } else hi |= (b & 0x7f) << (7 * i - 32);
      if (b < 0x80) return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
    }
    this.fail("varint longer than 10 bytes", start);
  }

  bool(): boolean {
    // Any varint whose low 64 bits are not all zero is true, however many bytes it spans.
    const start = this.pos;
    let any = false;
    for (let i = 0; i < 10; i++) {
      const b = this.buf[this.pos++];
      if (b === undefined) this.fail("truncated varint", start);
      if (b & (i < 9 ? 0x7f : 0x01)) any = true;
      if (b < 0x80) return any;
    }
    this.fail("varint longer than 10 bytes", start);
  }

  double(): number {
    this.#need(8);
    const v = this.#dataView().getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  float(): number {
    this.#need(4);
    const v = this.#dataView().getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** Reads a length prefix (at most 5 bytes, below 2 GiB) and checks that the payload fits in the buffer. */
  length(): number {
    const buf = this.buf;
    const at = this.pos;
    let pos = at;
    let b = buf[pos++];
    if (b === undefined) this.fail("truncated length prefix", at);
    let len = b & 0x7f;
    if (b >= 0x80) {
      for (let shift = 7; ; shift += 7) {
        b = buf[pos++];
        if (b === undefined) this.fail("truncated length prefix", at);
        // A fifth byte of 8 or more means 2 GiB or more, or more bytes to come.
        if (shift === 28 && b >= 8) this.#lengthTooLong(at);
        len |= (b & 0x7f) << shift;
        if (b < 0x80) break;
      }
    }
    this.pos = pos;
    if (len > buf.length - pos) this.fail(`length ${len} exceeds the ${buf.length - pos} remaining bytes`, at);
    return len;
  }

  /** Fails on a length prefix past 5 bytes or 2 GiB, naming its whole value so a length that would wrap is seen for what it is. */
  #lengthTooLong(at: number): never {
    this.pos = at;
    const value = this.#varint64();
    if (value < 2n ** 31n) this.fail("length prefix longer than 5 bytes", at);
    this.fail(`length ${value} exceeds the ${this.buf.length - this.pos} remaining bytes`, at);
  }

  /** Reads a length-delimited payload as a view (no copy). */
  bytes(): Uint8Array {
    const len = this.length();
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  /** Reads a string, rejecting invalid UTF-8 as protobuf's own runtimes do. */
  string(field: string): string {
    const len = this.length();
    const start = this.pos;
    const end = start + len;
    const buf = this.buf;
    this.pos = end;
    if (len < 48) {
      let ascii = "";
      for (let i = start; i < end; i++) {
        const c = buf[i]!;
        if (c >= 0x80) return this.#utf8(field, start, end);
        ascii += String.fromCharCode(c);
      }
      return ascii;
    }
    return this.#utf8(field, start, end);
  }

  #utf8(field: string, start: number, end: number): string {
    try {
      return strictUtf8.decode(this.buf.subarray(start, end));
    } catch {
      this.fail(`invalid UTF-8 in string field ${field}`, start);
    }
  }

  /** Enters a nested message; returns the end offset of its payload. */
  enter(): number {
    const len = this.length();
    if (++this.depth > MAX_DEPTH) this.fail(`messages and groups nested deeper than ${MAX_DEPTH}`);
    return this.pos + len;
  }

  /** Leaves a nested message, checking that it ended exactly at `end`. */
  leave(end: number): void {
    if (this.pos !== end) this.fail("nested message overruns its length");
    this.depth--;
  }

  /** Reads packed (or one unpacked) double values into a Float64Array. */
  doubles(wireType: number, previous: Float64Array | undefined): Float64Array {
    let next: Float64Array;
    if (wireType === WireType.Bit64) {
      next = new Float64Array([this.double()]);
    } else {
      const at = this.pos;
      const len = this.length();
      if (len % 8 !== 0) this.fail(`packed doubles of ${len} bytes (not a multiple of 8)`, at);
      const start = this.buf.byteOffset + this.pos;
      // Zero-copy when the payload happens to be 8-byte aligned; otherwise one memcpy, unless only the length is wanted.
      if (start % 8 === 0) next = new Float64Array(this.buf.buffer, start, len / 8);
      else if (this.lengthsOnly) next = new Float64Array(len / 8);
      else {
        next = new Float64Array(len / 8);
        new Uint8Array(next.buffer).set(this.buf.subarray(this.pos, this.pos + len));
      }
      this.pos += len;
    }
    return previous === undefined || previous.length === 0 ? next : concatDoubles(previous, next);
  }

  /** Reads packed (or one unpacked) enum/int32 values into an Int32Array. */
  int32s(wireType: number, previous: Int32Array | undefined): Int32Array {
    let next: Int32Array;
    if (wireType === WireType.Varint) {
      next = new Int32Array([this.int32()]);
    } else {
      const len = this.length();
      const end = this.pos + len;
      const buf = this.buf;
      const payload = buf.subarray(this.pos, end);
      if (isAscii(payload)) {
        // Every byte is a whole varint (enum values 0–127, the usual case): widen them natively.
        next = new Int32Array(len);
        if (!this.lengthsOnly) next.set(payload);
        this.pos = end;
      } else {
        // Counting terminating bytes gives the element count without a second array.
        let count = 0;
        for (let i = this.pos; i < end; i++) if (buf[i]! < 0x80) count++;
        next = new Int32Array(count);
        for (let i = 0; i < count; i++) next[i] = this.int32();
        if (this.pos !== end) this.fail("packed varints overrun their length");
      }
    }
    return appendInt32s(previous, next);
  }

  /** Skips one field's payload and returns the raw bytes of the whole field (tag included). */
  skip(tagStart: number, wireType: number, fieldNo: number): Uint8Array {
    this.unknownFields++;
    this.#skipPayload(wireType, fieldNo);
    // A copy, so a kept unknown field does not pin the whole input buffer.
    return Uint8Array.prototype.slice.call(this.buf, tagStart, this.pos);
  }

  #skipPayload(wireType: number, fieldNo: number): void {
    switch (wireType) {
      case WireType.Varint:
        this.uint64();
        return;
      case WireType.Bit64:
        this.#need(8);
        this.pos += 8;
        return;
      case WireType.LengthDelimited: {
        // Not `this.pos += this.length()`: that adds to the position read before the length prefix.
        const length = this.length();
        this.pos += length;
        return;
      }
      case WireType.Bit32:
        this.#need(4);
        this.pos += 4;
        return;
      case WireType.StartGroup: {
        // Groups count towards the same nesting limit as messages.
        if (++this.depth > MAX_DEPTH) this.fail(`messages and groups nested deeper than ${MAX_DEPTH}`);
        for (;;) {
          const at = this.pos;
          const tag = this.#rawTag();
          const wt = tag & 7;
          const no = tag >>> 3;
          if (no === 0) this.fail("field number 0", at);
          if (wt === WireType.EndGroup) {
            if (no !== fieldNo) this.fail(`group of field ${fieldNo} closed by field ${no}`, at);
            this.depth--;
            return;
          }
          this.#skipPayload(wt, no);
        }
      }
      default:
        this.fail(`invalid wire type ${wireType} for field ${fieldNo}`, this.pos);
    }
  }

  /** Reads a tag; fails on field number 0, invalid wire types and stray end-group markers. */
  tag(): number {
    const at = this.pos;
    const first = this.buf[at];
    let tag: number;
    if (first !== undefined && first < 0x80) {
      tag = first;
      this.pos = at + 1;
    } else tag = this.#rawTag();
    if (tag >>> 3 === 0) this.fail("field number 0", at);
    if ((tag & 7) === WireType.EndGroup) this.fail(`unexpected end-group for field ${tag >>> 3}`, at);
    if ((tag & 7) > 5) this.fail(`invalid wire type ${tag & 7} for field ${tag >>> 3}`, at);
    return tag;
  }

  /** Reads a tag's varint: at most 5 bytes, of which the low 32 bits are kept (so field numbers stay below 2^29). */
  #rawTag(): number {
    const at = this.pos;
    const buf = this.buf;
    let tag = 0;
    for (let i = 0; i < 5; i++) {
      const b = buf[at + i];
      if (b === undefined) this.fail("truncated tag", at);
      // The fifth byte's bits past bit 31 fall off the 32-bit shift.
      tag |= (b & 0x7f) << (7 * i);
      if (b < 0x80) {
        this.pos = at + i + 1;
        return tag >>> 0;
      }
    }
    this.fail("tag longer than 5 bytes", at);
  }

  #need(n: number): void {
    if (this.pos + n > this.buf.length) this.fail("truncated message");
  }
}

function appendInt32s(previous: Int32Array | undefined, next: Int32Array): Int32Array {
  if (previous === undefined || previous.length === 0) return next;
  const joined = new Int32Array(previous.length + next.length);
  joined.set(previous);
  joined.set(next, previous.length);
  return joined;
}

function concatDoubles(a: Float64Array, b: Float64Array): Float64Array {
  const joined = new Float64Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
