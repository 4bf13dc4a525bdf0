/**
 * Emission lines built as bytes in place: JSON text with every non-ASCII
 * character escaped is pure ASCII, so each piece is copied or formatted
 * straight into one growing buffer, with no string per line or per number.
 * @module
 */

import { pythonFloat } from "./python_text.ts";

const POWERS_OF_TEN = [1, 10, 100, 1000, 1e4, 1e5, 1e6];
const ZERO = 0x30;

/**
 * ASCII text appended to a byte buffer that grows as needed; a failed
 * emission is undone with {@link LineBuffer.length} set back.
 *
 * @example
 * const out = new LineBuffer(1024);
 * out.text('{"v": ');
 * out.number(1.5);
 * out.text("}\n");
 * out.view().toString(); // '{"v": 1.5}\n'
 */
export class LineBuffer {
  #bytes: Buffer;
  /** Bytes written so far; set it back to drop what was written after. */
  length = 0;

  constructor(capacity: number) {
    this.#bytes = Buffer.allocUnsafe(capacity);
  }

  /** Appends ASCII text (JSON as `jsonString` and `jsonValue` write it). */
  text(ascii: string): void {
    const count = ascii.length;
    this.#room(count);
    // Copying a short string by hand is cheaper than a call into Buffer.write.
    if (count > 64) {
      this.length += this.#bytes.write(ascii, this.length, "latin1");
      return;
    }
    const bytes = this.#bytes;
    const at = this.length;
    for (let i = 0; i < count; i++) bytes[at + i] = ascii.charCodeAt(i);
    this.length = at + count;
  }

  /**
   * Appends a number as `json.dumps` writes it: a safe integer's digits,
   * else the Python float (see `pythonFloat`).
   */
  number(value: number): void {
    if (Number.isSafeInteger(value)) this.integer(value);
    else if (!this.#fewDecimals(value)) this.text(pythonFloat(value));
  }

  /** Appends bytes made by {@link asciiBytes}; for the constant pieces of lines. */
  bytes(piece: Uint8Array): void {
    const count = piece.length;
    this.#room(count);
    const bytes = this.#bytes;
    const at = this.length;
    for (let i = 0; i < count; i++) bytes[at + i] = piece[i]!;
    this.length = at + count;
  }

  /** Appends the digits of a safe integer. */
  integer(value: number): void {
    this.#room(17);
    const bytes = this.#bytes;
    let at = this.length;
    let magnitude = value;
    if (magnitude < 0) {
      bytes[at++] = 0x2d;
      magnitude = -magnitude;
    }
    if (magnitude < 2 ** 31) {
      this.length = smallDigits(bytes, at, magnitude);
      return;
    }
    // Below 2^53 both halves fit 32 bits, where digits come from integer arithmetic.
    const high = Math.floor(magnitude / 1e8);
    at = smallDigits(bytes, at, high);
    fixedDigits(bytes, at, magnitude - high * 1e8, 8);
    this.length = at + 8;
  }

  /** The bytes written, sharing memory with the buffer. */
  view(): Buffer {
    return this.#bytes.subarray(0, this.length);
  }

  /**
   * Writes a non-integer below 1e9 in magnitude that has at most 6 decimals
   * (`0.5`, `-12.125`) from integers, as Python prints it; false for any
   * other number. Below 1e9 a double's spacing is under 1e-6, so at most one
   * number of `d` decimals reads back as the value, and the first `d` that
   * reads back gives the shortest digits, which Python prints.
   */
  #fewDecimals(value: number): boolean {
    const magnitude = value < 0 ? -value : value;
    if (!(magnitude >= 1e-4 && magnitude < 1e9)) return false;
    for (let decimals = 1; decimals <= 6; decimals++) {
      const scale = POWERS_OF_TEN[decimals]!;
      const scaled = Math.round(magnitude * scale);
      if (scaled / scale !== magnitude) continue;
      const whole = Math.floor(magnitude);
      if (value < 0) this.text("-");
      this.integer(whole);
      this.#room(decimals + 1);
      this.#bytes[this.length] = 0x2e;
      fixedDigits(this.#bytes, this.length + 1, scaled - whole * scale, decimals);
      this.length += decimals + 1;
      return true;
    }
    return false;
  }

  #room(needed: number): void {
    if (this.length + needed <= this.#bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.#bytes.length * 2, this.length + needed));
    this.#bytes.copy(grown, 0, 0, this.length);
    this.#bytes = grown;
  }
}

/**
 * The bytes of ASCII text, made once for a piece that many lines repeat.
 *
 * @example
 * const key = asciiBytes('{"x": ');
 * new LineBuffer(64).bytes(key);
 */
export function asciiBytes(ascii: string): Uint8Array {
  return Buffer.from(ascii, "latin1");
}

/** Writes the digits of an integer in 0 to 2^31 at `at`; returns where they end. */
function smallDigits(bytes: Buffer, at: number, value: number): number {
  let digits = 1;
  for (let bound = 10; bound <= value; bound *= 10) digits++;
  fixedDigits(bytes, at, value, digits);
  return at + digits;
}

/** Writes an integer in 0 to 2^31 as exactly `width` digits (leading zeros) at `at`. */
function fixedDigits(bytes: Buffer, at: number, value: number, width: number): void {
  let rest = value | 0;
  for (let i = at + width - 1; i >= at; i--) {
    const tens = (rest / 10) | 0;
    bytes[i] = ZERO + rest - tens * 10;
    rest = tens;
  }
}
