import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { alignedIndex, SourcePositions } from "../../src/runner/index.ts";

describe("alignedIndex()", () => {
  const cases: { name: string; source: string; compiled: string; at: string; expected: string }[] = [
    { name: "maps identical text to itself", source: "check(speed);", compiled: "check(speed);", at: "speed", expected: "speed" },
    { name: "skips a removed non-null assertion", source: "return log.speeds!.length;", compiled: "return log.speeds.length;", at: ".length", expected: ".length" },
    {
      name: "skips removed parameter and return types",
      source: "const check = (speed: number): void => { throw new RangeError(`speed`); };",
      compiled: "const check = (speed) => { throw new RangeError(`speed`); };",
      at: "new RangeError",
      expected: "new RangeError",
    },
    {
      name: "skips removed generics and casts",
      source: "const box = make<Box<number>>(value as number) satisfies Box<number>; box.open();",
      compiled: "const box = make(value ) ; box.open();",
      at: "box.open",
      expected: "box.open",
    },
    {
      name: "maps past code the compiler inserted",
      source: "constructor(public readonly y: string) { init(); }",
      compiled: "constructor(  y) {;this.y = y; init(); }",
      at: "init()",
      expected: "init()",
    },
  ];
  for (const { name, source, compiled, at, expected } of cases) {
    test(`alignedIndex() ${name}`, () => {
      assert.equal(alignedIndex(source, compiled, compiled.indexOf(at)), source.indexOf(expected));
    });
  }

  test("alignedIndex() keeps the column of lines too long to align", () => {
    const long = "x".repeat(3000);
    assert.equal(alignedIndex(long, long.slice(1), 1234), 1234);
  });
});

describe("SourcePositions", () => {
  test("SourcePositions.original() leaves modules it did not compile alone", () => {
    assert.deepEqual(new SourcePositions().original("file:///a.js", { line: 3, column: 7 }), { line: 3, column: 7 });
  });

  test("SourcePositions.original() aligns columns of line-preserving output", () => {
    const positions = new SourcePositions();
    positions.recordLines("file:///a.ts", "let a: number = 1;\nfail(a as number, a!);", "let a = 1;\nfail(a , a);");
    assert.deepEqual(positions.original("file:///a.ts", { line: 2, column: 10 }), { line: 2, column: 19 });
  });
});
