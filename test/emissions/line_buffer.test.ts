import { test } from "node:test";
import assert from "node:assert/strict";
import { asciiBytes, LineBuffer } from "../../src/emissions/line_buffer.ts";
import { integerText, pythonFloat } from "../../src/emissions/python_text.ts";

/** What `json.dumps` writes for a number, by the string-building rules. */
const expected = (value: number) => (Number.isSafeInteger(value) ? integerText(value) : pythonFloat(value));

function written(write: (out: LineBuffer) => void, capacity = 8): string {
  const out = new LineBuffer(capacity);
  write(out);
  return out.view().toString("latin1");
}

test("number() writes the digits the string rules give, on the fast paths and off them", () => {
  const values = [
    0, -0, 7, -7, 10, 99, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1e8, 1e12, 1_757_039_356_353_349, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1e16, 1e21,
    0.5, -0.5, 0.125, 12.25, 0.0001, -0.0001, 0.00015, 0.000123, 0.1 + 0.2, 1.005, 999_999_999.5, 999_999_999.999999, 1e9 + 0.5,
    1e-5, 5e-324, 1.7976931348623157e308, 1 / 3, -2 / 7, 123_456.000001, 0.000001, 0.0000015,
  ];
  for (let i = 0; i < 2000; i++) values.push(i * 0.001, -i * 0.1, i / 7, Math.round(i * 7919.123457 * 1e6) / 1e6, i * 1_000_003_331);
  for (const value of values) assert.equal(written((out) => out.number(value)), expected(value), String(value));
});

test("text() and bytes() copy short and long ASCII, growing the buffer; length set back drops what followed", () => {
  const long = "x".repeat(100);
  assert.equal(written((out) => ["{", long, '"a"', "}\n"].forEach((piece) => out.text(piece))), `{${long}"a"}\n`);
  assert.equal(written((out) => [asciiBytes('{"k": '), asciiBytes(long)].forEach((piece) => out.bytes(piece))), `{"k": ${long}`);
  const out = new LineBuffer(4);
  out.text("keep");
  const mark = out.length;
  out.text(", drop this");
  out.number(1.5);
  out.length = mark;
  out.text("!");
  assert.equal(out.view().toString("latin1"), "keep!");
});
