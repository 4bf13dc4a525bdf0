/**
 * JavaScript values as ReSim's Python SDK words and writes them: the Python
 * type name and `repr` its validation messages show, and the JSON text
 * (`json.dumps` defaults: `", "` and `": "` separators, non-ASCII escaped) its
 * emissions files hold.
 * @module
 */

/**
 * The Python type a value reads as: `str`, `int` (an integer number or a
 * bigint), `float`, `bool`, `NoneType`, `list`, `dict`, else the constructor's name.
 *
 * @example
 * pythonTypeName(2.5); // "float"
 * pythonTypeName([1]); // "list"
 */
export function pythonTypeName(value: unknown): string {
  switch (typeof value) {
    case "string":
      return "str";
    case "bigint":
      return "int";
    case "number":
      return Number.isInteger(value) ? "int" : "float";
    case "boolean":
      return "bool";
    case "undefined":
      return "NoneType";
    case "object":
      if (value === null) return "NoneType";
      if (Array.isArray(value)) return "list";
      return isPlainObject(value) ? "dict" : (value.constructor?.name ?? "object");
    default:
      return typeof value;
  }
}

/**
 * Python's `repr` of a value, as validation messages show it.
 *
 * @example
 * pythonRepr("it's"); // `"it's"`
 * pythonRepr({ a: [1, true, null] }); // "{'a': [1, True, None]}"
 */
export function pythonRepr(value: unknown): string {
  switch (typeof value) {
    case "string":
      return reprString(value);
    case "bigint":
      return value.toString();
    case "number":
      return Number.isInteger(value) && Number.isSafeInteger(value) ? String(value) : pythonFloat(value);
    case "boolean":
      return value ? "True" : "False";
    case "undefined":
      return "None";
    case "object":
      if (value === null) return "None";
      if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
      if (isPlainObject(value)) {
        return `{${Object.entries(value).map(([key, item]) => `${reprString(key)}: ${pythonRepr(item)}`).join(", ")}}`;
      }
      return String(value);
    default:
      return String(value);
  }
}

/**
 * Python's `repr` of a float: the shortest digits that read back, fixed
 * notation for exponents -4 to 15, otherwise `1e-05` / `1.5e+16` style.
 *
 * @example
 * pythonFloat(0.00001); // "1e-05"
 * pythonFloat(3); // "3.0"
 */
export function pythonFloat(value: number): string {
  const magnitude = Math.abs(value);
  // The common case: String() and Python print the same plain digits.
  if (magnitude >= 1e-4 && magnitude < 1e16 && !Number.isInteger(value)) return String(value);
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  const [mantissa, exponentText] = value.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  // In this range String() gives the same plain digits (it uses exponents only below 1e-6 and from 1e21).
  if (exponent >= -4 && exponent < 16) return Number.isInteger(value) ? `${value}.0` : String(value);
  const sign = exponent < 0 ? "-" : "+";
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

// What Python's str.isprintable() refuses: controls, format characters,
// surrogates, private use, unassigned, and separators other than the space.
// Made on first use: V8 builds its Unicode sets as the expression is created,
// which would cost every start of the CLI about 0.2 ms.
let notPrintable: RegExp | undefined;

function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === "\\") out += "\\\\";
    else if (char === quote) out += `\\${quote}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char !== " " && (notPrintable ??= /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u).test(char)) out += pythonCharEscape(code);
    else out += char;
  }
  return out + quote;
}

/** `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as Python's repr escapes a character it does not print. */
function pythonCharEscape(code: number): string {
  const hex = code.toString(16);
  if (code < 0x100) return `\\x${hex.padStart(2, "0")}`;
  return code < 0x10000 ? `\\u${hex.padStart(4, "0")}` : `\\U${hex.padStart(8, "0")}`;
}

/** Whether `value` is a plain object (what becomes a JSON object and a Python dict). */
export function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The digits of a safe integer, as `String()` gives them, but faster for
 * integers beyond 32 bits (nanosecond timestamps after 2 s), which `String()`
 * formats as doubles: they are written as two halves that fit 32 bits.
 *
 * @example
 * integerText(1_757_039_356_353_349); // "1757039356353349"
 */
export function integerText(value: number): string {
  if (value >= -2147483648 && value < 2147483648) return String(value);
  const magnitude = value < 0 ? -value : value;
  const high = Math.floor(magnitude / 1e9);
  const digits = `${high}${String(magnitude - high * 1e9).padStart(9, "0")}`;
  return value < 0 ? `-${digits}` : digits;
}

// Characters JSON must escape, plus every non-ASCII one (json.dumps' ensure_ascii).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;

/**
 * A string as `json.dumps` writes it: JSON escapes, and `\uXXXX` for every
 * non-ASCII code unit (surrogate pairs as two escapes).
 *
 * @example
 * jsonString("é"); // '"\\u00e9"'
 */
export function jsonString(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += "\\\\";
    else if (code === 0x0a) out += "\\n";
    else if (code === 0x0d) out += "\\r";
    else if (code === 0x09) out += "\\t";
    else if (code === 0x08) out += "\\b";
    else if (code === 0x0c) out += "\\f";
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += text[i];
  }
  return out + '"';
}

/**
 * A value as `json.dumps` writes it. Integers (safe numbers and bigints) are
 * written exactly; other numbers as Python floats. Returns `undefined` for
 * what JSON cannot hold (NaN, ±Infinity, functions, class instances other
 * than arrays), so the caller can refuse the emission.
 *
 * @example
 * jsonValue({ tags: ["a", "é"], n: 1n << 60n }); // '{"tags": ["a", "\\u00e9"], "n": 1152921504606846976}'
 */
export function jsonValue(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return jsonString(value);
    case "number":
      if (Number.isSafeInteger(value)) return integerText(value);
      return Number.isFinite(value) ? pythonFloat(value) : undefined;
    case "bigint":
      return value.toString();
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value === null) return "null";
      const parts: string[] = [];
      if (Array.isArray(value)) {
        for (const item of value) {
          const text = jsonValue(item);
          if (text === undefined) return undefined;
          parts.push(text);
        }
        return `[${parts.join(", ")}]`;
      }
      if (!isPlainObject(value)) return undefined;
      for (const key in value) {
        const text = jsonValue(value[key]);
        if (text === undefined) return undefined;
        parts.push(`${jsonString(key)}: ${text}`);
      }
      return `{${parts.join(", ")}}`;
    }
    default:
      return undefined;
  }
}
