/**
 * UUID syntax exactly as ReSim's validator accepts it: Python's
 * `uuid.UUID(hex=s)`, which is far more lenient than RFC 9562 (braces,
 * `urn:uuid:`, stray hyphens, surrounding whitespace, `+`, `0x`, `_` between
 * digits and non-ASCII decimal digits all pass).
 * @module
 */

/** Non-ASCII code points Python's `int()` treats as whitespace. */
const pythonSpaces = new Set([
  0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

const decimalDigit = /^\p{Nd}$/u;

/** What Python's `int(text, 16)` accepts: `[ws][+][0x[_]]hex[_hex]…[ws]`, ASCII whitespace only. */
const pythonHexInt = /^[ \t\n\v\f\r]*\+?(?:0[xX]_?)?([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)[ \t\n\v\f\r]*$/;

const canonicalUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Parses `text` as ReSim's validator does and returns the UUID it denotes in
 * canonical form (lower-case `8-4-4-4-12`), or `undefined` when upstream
 * rejects it. Identity elsewhere is the exact string, not this value.
 *
 * @example
 * parseUuid("{0123456789ABCDEF0123456789abcdef}") // "01234567-89ab-cdef-0123-456789abcdef"
 * parseUuid("0x_" + "1".repeat(29))               // "00011111-1111-1111-1111-111111111111"
 * parseUuid("not a uuid")                          // undefined
 */
export function parseUuid(text: string): string | undefined {
  const stripped = text.replaceAll("urn:", "").replaceAll("uuid:", "").replace(/^[{}]+|[{}]+$/g, "").replaceAll("-", "");
  const codePoints = [...stripped];
  if (codePoints.length !== 32) return undefined;
  let ascii = stripped;
  if (/[^\0-\x7f]/.test(stripped)) {
    let mapped = "";
    for (const char of codePoints) {
      const code = char.codePointAt(0)!;
      if (code < 0x80) mapped += char;
      else if (pythonSpaces.has(code)) mapped += " ";
      else if (decimalDigit.test(char)) mapped += String(decimalDigitValue(code));
      else return undefined;
    }
    ascii = mapped;
  }
  const digits = pythonHexInt.exec(ascii)?.[1];
  if (digits === undefined) return undefined;
  const hex = digits.replaceAll("_", "").toLowerCase().padStart(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether `text` is a UUID in one of the spellings people write on purpose: canonical, bare, braced or `urn:uuid:`. */
export function isConventionalUuid(text: string): boolean {
  const body = text.startsWith("urn:uuid:") ? text.slice(9) : text.startsWith("{") && text.endsWith("}") ? text.slice(1, -1) : text;
  const lower = body.toLowerCase();
  return canonicalUuid.test(lower) || /^[0-9a-f]{32}$/.test(lower);
}

/**
 * The value of a Unicode decimal digit. Unicode allocates `Nd` digits in
 * runs of ten consecutive code points, zero first, so the value is the
 * distance from the start of the run modulo ten.
 */
function decimalDigitValue(code: number): number {
  let start = code;
  while (decimalDigit.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}
