import { test } from "node:test";
import assert from "node:assert/strict";
import { integerText, jsonString, jsonValue, pythonFloat, pythonRepr, pythonTypeName } from "../../src/emissions/python_text.ts";

test("pythonFloat prints floats as Python's repr does", () => {
  const cases: [number, string][] = [
    [0.1, "0.1"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [1.5e-7, "1.5e-07"],
    [123.456, "123.456"],
    [1e16, "1e+16"],
    [1.5e16, "1.5e+16"],
    [3, "3.0"],
    [-0.5, "-0.5"],
    [1e22, "1e+22"],
    [2.5e-10, "2.5e-10"],
    [1234567890123.5, "1234567890123.5"],
    [Number.NaN, "nan"],
    [Number.NEGATIVE_INFINITY, "-inf"],
  ];
  assert.deepEqual(cases.map(([value]) => pythonFloat(value)), cases.map(([, text]) => text));
});

test("pythonRepr and pythonTypeName name JavaScript values as Python would", () => {
  assert.equal(pythonRepr(["it's", 'a"b', "x'y\"", 1.5, 2, true, null, { k: 1n }]), `["it's", 'a"b', 'x\\'y"', 1.5, 2, True, None, {'k': 1}]`);
  assert.equal(pythonRepr("tab\there\n"), "'tab\\there\\n'");
  assert.deepEqual([1, 1.5, 1n, "s", true, null, undefined, [], {}, new Date(0)].map(pythonTypeName), ["int", "float", "int", "str", "bool", "NoneType", "NoneType", "list", "dict", "Date"]);
});

test("jsonValue writes json.dumps' text, and nothing for what JSON cannot hold", () => {
  assert.equal(jsonValue({ a: "é😀", b: [1, 2.5, 2n ** 64n, null, false], c: { d: "\u0001" } }), '{"a": "\\u00e9\\ud83d\\ude00", "b": [1, 2.5, 18446744073709551616, null, false], "c": {"d": "\\u0001"}}');
  assert.equal(jsonString('q"\\'), '"q\\"\\\\"');
  for (const bad of [Number.NaN, [Number.POSITIVE_INFINITY], { f: () => 1 }, new Date(0)]) assert.equal(jsonValue(bad), undefined);
});

test("integerText writes every safe integer as String() does", () => {
  const values = [0, 7, -7, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 999_999_999, 1e9, 1e9 + 1, 1_757_039_356_353_349, -(2 ** 53 - 1), 2 ** 53 - 1, 12_000_000_000];
  assert.deepEqual(values.map(integerText), values.map(String));
});
