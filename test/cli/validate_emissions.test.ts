import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { run } from "./_run.ts";

const CONFIG = "version: 1\ntopics:\n  speed: {schema: {v: float, n: int}}\n  crash: {event: true, schema: {name: string}}\n";
const line = (topic: string, data: object, extra = "") => `{"$metadata": {"topic": "${topic}"${extra}}, "$data": ${JSON.stringify(data)}}`;

describe("validate: emissions files", () => {
  test("a valid file: every line checked against the config's topics", async (t) => {
    const dir = await tempTree(t, {
      "config.resim.yml": CONFIG,
      "emissions.resim.jsonl": [line("speed", { v: 1.5, n: 1 }, ', "timestamp": 1757039356353349217'), line("crash", { name: "c" }, ', "timestamp": 2, "event": true'), ""].join("\n"),
    });
    const result = await run("validate", "--config", join(dir, "config.resim.yml"), join(dir, "emissions.resim.jsonl"));
    assert.equal(result.stdout, `${join(dir, "emissions.resim.jsonl")}: valid (2 lines, 2 topics)\n`);
    assert.equal(result.stderr, `checking against ${join(dir, "config.resim.yml")}\n`);
    assert.equal(result.code, 0);
  });

  test("lists each problem with its line number, and exits 1", async (t) => {
    const lines = [
      line("speed", { v: 1.5, n: 1 }),
      '{"$metadata": {"topic": "speed"}, "$data": {"v": NaN, "n": 1}}',
      line("nope", { v: 1 }),
      line("speed", { v: 1.5, n: true }),
      line("speed", { v: 1.5 }),
      line("speed", { v: 1.5, n: 1, extra: 2 }),
      line("speed", { v: 1.5, n: 1 }, ', "timestamp": 1.5, "event": true'),
      line("crash", { name: "c" }, ', "event": true'),
      '{"$data": {}}',
      "[1]",
    ];
    const dir = await tempTree(t, { "config.resim.yml": CONFIG, "e.jsonl": `${lines.join("\n")}\n` });
    const result = await run("validate", "--config", join(dir, "config.resim.yml"), join(dir, "e.jsonl"));
    assert.deepEqual(result.stdout.split("\n"), [
      `${join(dir, "e.jsonl")}: invalid (10 errors in 10 lines)`,
      `  line 2: error: not JSON: Unexpected token 'N', ..."a": {"v": NaN, "n": "... is not valid JSON`,
      "    hint: NaN and Infinity are not JSON (Python's json.dumps writes them for float('nan') and float('inf')): leave such points out.",
      "  line 3: error: topic 'nope': topic 'nope' not found in configuration. Available topics: 'speed', 'crash'",
      "  line 4: error: topic 'speed', field 'n': expected type int, got bool with value True",
      "    hint: Use 1 or 0 instead of True or False for int fields.",
      "  line 5: error: topic 'speed': missing required field(s): 'n'. Provided fields: 'v'",
      "  line 6: error: topic 'speed', field 'extra': field 'extra' not found in schema. Available fields: 'v', 'n'",
      "  line 7: error: topic 'speed': timestamp must be an integer number of nanoseconds, got float 1.5",
      "  line 7: error: topic 'speed': topic 'speed' is not configured as an event topic",
      "    hint: Use emit() or emit_series() instead, or add 'event: true' to the topic configuration.",
      "  line 8: error: topic 'crash': an event needs a timestamp",
      '  line 9: error: "$metadata" must be an object with the topic, got nothing',
      '  line 10: error: a line must be a JSON object {"$metadata": ..., "$data": ...}, got list',
      "",
    ]);
    assert.equal(result.code, 1);
  });

  test("--json caps the problems listed and counts the rest", async (t) => {
    const bad = `${line("speed", { v: "x", n: 1 })}\n`.repeat(150);
    const dir = await tempTree(t, { "config.resim.yml": CONFIG, "e.jsonl": bad });
    const result = await run("validate", "--json", "--config", join(dir, "config.resim.yml"), join(dir, "e.jsonl"));
    const report = JSON.parse(result.stdout) as { valid: boolean; files: { lines: number; errors: number; problems: { line: number }[]; unlisted: number }[] };
    const file = report.files[0]!;
    assert.deepEqual([report.valid, file.lines, file.errors, file.problems.length, file.unlisted, file.problems[99]!.line], [false, 150, 150, 100, 50, 100]);
    assert.equal(result.code, 1);
  });

  test("without a config, lines are checked for shape; a last line without newline is a warning", async (t) => {
    const dir = await tempTree(t, { "e.jsonl": line("anything", { v: 1 }) });
    const result = await run("validate", join(dir, "e.jsonl"));
    assert.match(result.stderr, /^no metrics config found: checking the shape of lines only/);
    assert.deepEqual(result.stdout.split("\n"), [
      `${join(dir, "e.jsonl")}: valid (1 line, 1 topic, 1 warning)`,
      "  line 1: warning: the last line has no newline: the file may have been cut short",
      "",
    ]);
    assert.equal(result.code, 0);
  });

  test("an unreadable file exits 2; a broken config stops before reading", async (t) => {
    const dir = await tempTree(t, { "bad.yml": "version: 1\ntopics:\n  a: {schema: {x: double}}\n", "e.jsonl": "" });
    const missing = await run("validate", join(dir, "nope.jsonl"));
    assert.match(missing.stderr, /Cannot read ".*nope\.jsonl": no such file or directory/);
    assert.equal(missing.code, 2);
    const broken = await run("validate", "--config", join(dir, "bad.yml"), join(dir, "e.jsonl"));
    assert.match(broken.stderr, /^resim-metrics: Cannot check emissions against this config: .*bad\.yml:3:16: error: topics › a › schema › x: unknown type "double"/);
    assert.equal(broken.code, 2);
  });

  test("reads standard input with --config", async (t) => {
    const dir = await tempTree(t, { "config.resim.yml": CONFIG });
    const child = spawnSync(process.execPath, [join(repoDir, "src/cli/main.ts"), "validate", "--config", join(dir, "config.resim.yml"), "-"], {
      input: `${line("speed", { v: 1, n: 2 })}\n`,
      encoding: "utf8",
      env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" },
    });
    assert.equal(child.stdout, "standard input: valid (1 line, 1 topic)\n");
    assert.equal(child.status, 0, child.stderr);
  });
});
