import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, ConfigReadError } from "../../src/config/index.ts";
import { emit, Emitter, ReSimValidationError } from "../../src/emissions/index.ts";
import { repoDir } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";
import { CASE_CONFIG, emitterCases, type EmitterCase } from "./_cases.ts";

const dir = useTempFolder();
const configPath = join(dir, "config.resim.yml");
writeFileSync(configPath, CASE_CONFIG);
let fileCount = 0;
const nextOutput = () => join(dir, `out-${++fileCount}`, "emissions.resim.jsonl");

/** Runs `call` on a fresh Emitter; returns the lines written, or the error thrown (and the lines written anyway). */
function outcome(call: (emitter: Emitter) => void, config: string | null = configPath): { lines: string[]; error?: unknown } {
  const output = nextOutput();
  const emitter = new Emitter({ ...(config === null ? {} : { config }), output });
  let error: unknown;
  try {
    call(emitter);
  } catch (caught) {
    error = caught;
  }
  emitter.close();
  const text = readFileSync(output, "utf8");
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  return error === undefined ? { lines } : { lines, error };
}

function runCase(c: EmitterCase) {
  return (emitter: Emitter) => {
    if (c.method === "emit") emitter.emit(c.topic, c.data, c.timestamp);
    else if (c.method === "emit_event") emitter.emitEvent(c.topic, c.data, c.timestamp!);
    else emitter.emitSeries(c.topic, c.data as Record<string, unknown[]>, c.timestamps);
  };
}

describe("Emitter: the Python SDK's verdicts and messages", () => {
  for (const c of emitterCases) {
    test(c.name, () => {
      const result = outcome(runCase(c));
      if ("error" in c.expected) {
        assert.ok(result.error instanceof ReSimValidationError, String(result.error));
        assert.equal(result.error.message, c.expected.error);
        assert.deepEqual(result.lines, [], "a failed call writes nothing");
      } else {
        assert.equal(result.error, undefined);
        assert.deepEqual(result.lines, c.expected.lines);
      }
    });
  }

  test("errors carry topic, field, series index and hint", () => {
    const { error } = outcome((e) => e.emit("drone_speed", { speed_int: true, speeds: 1 }));
    assert.ok(error instanceof ReSimValidationError);
    assert.deepEqual([error.topic, error.field, error.seriesIndex, error.hint], ["drone_speed", "speed_int", undefined, "Use 1 or 0 instead of True or False for int fields."]);
    const series = outcome((e) => e.emitSeries("drone_speed", { speed_int: [1, 2.5], speeds: [1, 1] })).error;
    assert.ok(series instanceof ReSimValidationError);
    assert.deepEqual([series.topic, series.field, series.seriesIndex, series.hint], ["drone_speed", undefined, 1, undefined]);
  });
});

describe("Emitter: where it differs from the Python SDK", () => {
  test("a point whose fields are all lists stays one point", () => {
    const { lines } = outcome((e) => e.emit("tagged", { tags: ["a", "b"], label: "x" }));
    assert.deepEqual(lines, ['{"$metadata": {"topic": "tagged"}, "$data": {"tags": ["a", "b"], "label": "x"}}']);
    const unchecked = outcome((e) => e.emit("anything", { xs: [1, 2] }), null);
    assert.deepEqual(unchecked.lines, ['{"$metadata": {"topic": "anything"}, "$data": {"xs": [1, 2]}}']);
  });

  test("series points are not split further", () => {
    const { lines } = outcome((e) => e.emitSeries("tagged", { tags: [["a", "b"], ["c"]], label: ["x", "y"] }));
    assert.deepEqual(lines, ['{"$metadata": {"topic": "tagged"}, "$data": {"tags": ["a", "b"], "label": "x"}}', '{"$metadata": {"topic": "tagged"}, "$data": {"tags": ["c"], "label": "y"}}']);
  });

  test("NaN and Infinity are refused, with or without a config", () => {
    const checked = outcome((e) => e.emit("drone_speed", { speed_int: 1, speeds: Number.NaN }));
    assert.ok(checked.error instanceof ReSimValidationError);
    assert.match(checked.error.message, /^Validation error \(topic 'drone_speed', field 'speeds'\): expected type float, got float with value nan\n {2}Hint: JSON has no NaN/);
    const unchecked = outcome((e) => e.emit("t", { v: [1, Number.POSITIVE_INFINITY] }), null);
    assert.ok(unchecked.error instanceof ReSimValidationError);
    assert.match(unchecked.error.message, /^Validation error \(topic 't', field 'v'\): cannot write list with value \[1, inf\] as JSON/);
    assert.deepEqual([...checked.lines, ...unchecked.lines], []);
  });

  test("timestamps are integer nanoseconds, bigints written exactly", () => {
    const wallClock = 1757039356353349217n;
    const { lines } = outcome((e) => e.emit("drone_speed", { speed_int: 1, speeds: 1 }, wallClock));
    assert.equal(lines[0], `{"$metadata": {"topic": "drone_speed", "timestamp": ${wallClock}}, "$data": {"speed_int": 1, "speeds": 1}}`);
    for (const bad of [1.5, 2 ** 60, Number.NaN]) {
      const { error, lines: written } = outcome((e) => e.emit("drone_speed", { speed_int: 1, speeds: 1 }, bad));
      assert.ok(error instanceof ReSimValidationError, String(bad));
      assert.match(error.message, /timestamp must be an integer number of nanoseconds/);
      assert.deepEqual(written, []);
    }
    const series = outcome((e) => e.emitSeries("drone_speed", { speed_int: [1, 2], speeds: [1, 2] }, [1, 2.5]));
    assert.ok(series.error instanceof ReSimValidationError);
    assert.match(series.error.message, /timestamps\[1\] must be an integer/);
    assert.deepEqual(series.lines, []);
  });

  test("ints beyond 2^53 must be bigints; bigints are written exactly", () => {
    const { lines } = outcome((e) => e.emit("drone_speed", { speed_int: 2n ** 64n, speeds: 2n }));
    assert.equal(lines[0], '{"$metadata": {"topic": "drone_speed"}, "$data": {"speed_int": 18446744073709551616, "speeds": 2}}');
    const { error } = outcome((e) => e.emit("drone_speed", { speed_int: 2 ** 60, speeds: 1 }));
    assert.ok(error instanceof ReSimValidationError);
    assert.match(error.message, /expected type int, got an integer beyond 2\^53 with value 1\.152921504606847e\+18\n {2}Hint: Pass a bigint/);
  });

  test("typed arrays are series", () => {
    const { lines } = outcome((e) => e.emitSeries("drone_speed", { speed_int: Int32Array.of(1, 2), speeds: Float64Array.of(0.5, 0.25) }, BigInt64Array.of(1n, 2n)));
    assert.deepEqual(lines, [
      '{"$metadata": {"topic": "drone_speed", "timestamp": 1}, "$data": {"speed_int": 1, "speeds": 0.5}}',
      '{"$metadata": {"topic": "drone_speed", "timestamp": 2}, "$data": {"speed_int": 2, "speeds": 0.25}}',
    ]);
  });

  test("a missing config file or a broken topic stops the constructor with file and line", () => {
    assert.throws(() => new Emitter({ config: join(dir, "missing.yml"), output: nextOutput() }), (error: unknown) => error instanceof ConfigReadError && /missing\.yml": no such file/.test(error.message));
    const broken = join(dir, "broken.yml");
    writeFileSync(broken, "version: 1\ntopics:\n  a: {schema: {x: double}}\n");
    assert.throws(() => new Emitter({ config: broken, output: nextOutput() }), (error: unknown) => error instanceof ConfigError && /broken\.yml:3:16: error: topics › a › schema › x: unknown type "double"/.test(error.message));
    const duplicate = join(dir, "duplicate.yml");
    writeFileSync(duplicate, "version: 1\ntopics:\n  drone_speed: {schema: {x: int}}\n");
    assert.throws(() => new Emitter({ config: [configPath, duplicate], output: nextOutput() }), /duplicate\.yml:3:3: error: topics › drone_speed: duplicate topic name "drone_speed": also defined in .*config\.resim\.yml:3:3/);
  });

  test("problems outside the topics do not stop the Emitter", () => {
    const partial = join(dir, "partial.yml");
    writeFileSync(partial, "version: 1\ntopics:\n  a: {schema: {x: int}}\nmetrics:\n  m: {type: nope}\n");
    const { lines } = outcome((e) => e.emit("a", { x: 1 }), partial);
    assert.deepEqual(lines, ['{"$metadata": {"topic": "a"}, "$data": {"x": 1}}']);
  });

  test("the file exists from construction; close is idempotent; a closed Emitter refuses to emit", () => {
    const output = nextOutput();
    const emitter = new Emitter({ output });
    assert.equal(readFileSync(output, "utf8"), "");
    emitter.emit("t", { v: 1 });
    emitter.close();
    emitter.close();
    assert.throws(() => emitter.emit("t", { v: 2 }), /This Emitter is closed/);
    assert.equal(readFileSync(output, "utf8"), '{"$metadata": {"topic": "t"}, "$data": {"v": 1}}\n');
  });

  test("using closes the file at the end of the block", () => {
    const output = nextOutput();
    {
      using emitter = new Emitter({ output });
      emitter.emit("t", { v: 1 });
    }
    assert.equal(readFileSync(output, "utf8"), '{"$metadata": {"topic": "t"}, "$data": {"v": 1}}\n');
  });

  test("what is buffered is written when the process exits without close()", () => {
    const output = nextOutput();
    const script = `import { Emitter } from ${JSON.stringify(join(repoDir, "src/emissions/index.ts"))};
const e = new Emitter({ output: ${JSON.stringify(output)} });
for (let i = 0; i < 3; i++) e.emit("t", { i }, i);
process.exitCode = 3;`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    assert.equal(child.status, 3, child.stderr);
    assert.equal(readFileSync(output, "utf8").split("\n").length, 4);
  });
});

describe("emit()", () => {
  test("appends points, series and events to the file, creating its folder", () => {
    const file = nextOutput();
    emit("speed", { v: 1.5 }, { timestamp: 1, file });
    emit("speed", { v: [1, 2] }, { timestamps: [2, 3n], file });
    emit("crash", { name: "c" }, { timestamp: 4, event: true, file });
    assert.deepEqual(readFileSync(file, "utf8").split("\n"), [
      '{"$metadata": {"topic": "speed", "timestamp": 1}, "$data": {"v": 1.5}}',
      '{"$metadata": {"topic": "speed", "timestamp": 2}, "$data": {"v": 1}}',
      '{"$metadata": {"topic": "speed", "timestamp": 3}, "$data": {"v": 2}}',
      '{"$metadata": {"topic": "crash", "timestamp": 4, "event": true}, "$data": {"name": "c"}}',
      "",
    ]);
  });

  test("refuses what the Python SDK refuses, writing nothing", () => {
    const file = nextOutput();
    const cases: [() => void, RegExp][] = [
      [() => emit("t", { v: 1 }, { timestamp: 1, timestamps: [1], file }), /Only one of timestamp or timestamps can be set/],
      [() => emit("t", { v: 1 }, { event: true, file }), /Event emissions must have a single timestamp/],
      [() => emit("t", { v: [1, 2] }, { timestamps: [1], file }), /all series must be the same length as timestamps \(length 1\)/],
      [() => emit("t", { v: 1 }, { timestamps: [1], file }), /all data values must be lists/],
    ];
    for (const [call, message] of cases) assert.throws(call, (error: unknown) => error instanceof ReSimValidationError && message.test(error.message));
    assert.equal(existsSync(file), false);
  });
});
