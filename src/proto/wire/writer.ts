/**
 * Protobuf wire-format writer.
 *
 * Encoding is two passes over the message tree: the generated `size`
 * functions record every nested message's length in pre-order, then the
 * `write` functions fill one exactly-sized buffer, consuming those lengths in
 * the same order. No intermediate buffers, no copies of large series.
 * @module
 */

const utf8 = new TextEncoder();

/** Byte length of `value` as a varint. */
export function varintSize(value: number): number {
  if (value < 0) return 10; // negative int32 values are sign-extended to 64 bits
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  return 5;
}

/** Byte length of a 64-bit varint. */
export function varint64Size(value: bigint): number {
  let v = BigInt.asUintN(64, value);
  let n = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    n++;
  }
  return n;
}

/** Byte length of `value` encoded as UTF-8. */
function utf8Size(value: string): number {
  let n = value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2; // a surrogate pair (2 UTF-16 units) becomes 4 bytes
        i++;
      } else n += 2;
    } else n += 2;
  }
  return n;
}

/** Byte length of a string field's payload plus its length prefix. */
export function stringFieldSize(value: string): number {
  const n = utf8Size(value);
  return varintSize(n) + n;
}

/** Lengths of nested messages, recorded by the size pass in pre-order. */
export class Sizes {
  readonly list: number[] = [];
  /** Reserves a slot for a message whose size is about to be computed. */
  reserve(): number {
    return this.list.push(0) - 1;
  }
  /** Records the size for a reserved slot and returns the field's full payload size. */
  set(slot: number, size: number): number {
    this.list[slot] = size;
    return varintSize(size) + size;
  }
}

/** Fills a pre-sized buffer. */
export class Writer {
  readonly buf: Uint8Array;
  pos = 0;
  #view: DataView;
  #sizes: number[];
  #next = 0;

  constructor(size: number, sizes: Sizes) {
    this.buf = new Uint8Array(size);
    this.#view = new DataView(this.buf.buffer);
    this.#sizes = sizes.list;
  }

  /** Writes the length prefix of the next nested message. */
  beginMessage(): void {
    this.uint32(this.#sizes[this.#next++]!);
  }

  tag(fieldNo: number, wireType: number): void {
    this.uint32((fieldNo << 3) | wireType);
  }

  uint32(value: number): void {
    const buf = this.buf;
    let v = value >>> 0;
    while (v >= 0x80) {
      buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[this.pos++] = v;
  }

  int32(value: number): void {
    if (value >= 0) this.uint32(value);
    else this.uint64(BigInt(value));
  }

  uint64(value: bigint): void {
    let v = BigInt.asUintN(64, value);
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  bool(value: boolean): void {
    this.buf[this.pos++] = value ? 1 : 0;
  }

  double(value: number): void {
    this.#view.setFloat64(this.pos, value, true);
    this.pos += 8;
  }

  float(value: number): void {
    this.#view.setFloat32(this.pos, value, true);
    this.pos += 4;
  }

  /** Writes a string payload with its length prefix. */
  string(value: string): void {
    const n = utf8Size(value);
    this.uint32(n);
    if (n === value.length) {
      const buf = this.buf;
      for (let i = 0; i < n; i++) buf[this.pos + i] = value.charCodeAt(i);
    } else {
      utf8.encodeInto(value, this.buf.subarray(this.pos, this.pos + n));
    }
    this.pos += n;
  }

  /** Writes packed doubles with their length prefix, as one memcpy. */
  packedDoubles(values: Float64Array): void {
    this.uint32(values.length * 8);
    this.buf.set(new Uint8Array(values.buffer, values.byteOffset, values.length * 8), this.pos);
    this.pos += values.length * 8;
  }

  /** Writes packed int32/enum values with their length prefix. */
  packedInt32s(values: Int32Array | readonly number[]): void {
    let n = 0;
    for (let i = 0; i < values.length; i++) n += varintSize(values[i]!);
    this.uint32(n);
    for (let i = 0; i < values.length; i++) this.int32(values[i]!);
  }

  /** Copies raw bytes (unknown fields are re-emitted verbatim). */
  raw(bytes: Uint8Array): void {
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }
}

/** Size of a packed int32/enum field's payload plus its length prefix. */
export function packedInt32sSize(values: Int32Array | readonly number[]): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) n += varintSize(values[i]!);
  return varintSize(n) + n;
}
