import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeConfigFile, parseYamlSource } from "../../src/config/index.ts";
import { EmissionsValidator, type EmissionProblem } from "../../src/emissions/index.ts";

const topics = decodeConfigFile(parseYamlSource("c.yml", "version: 1\ntopics:\n  speed: {schema: {v: float, n: int}}\n  crash: {event: true, schema: {name: string}}\n")).config.topics;

function problems(text: string): EmissionProblem[] {
  const found: EmissionProblem[] = [];
  new EmissionsValidator(topics).check(text, 7, (problem) => found.push(problem));
  return found;
}

test("lines in the SDKs' own form get the verdict and messages of a full parse", () => {
  const lines = [
    '{"$metadata": {"topic": "speed", "timestamp": 1757039356353349217}, "$data": {"v": 1.5, "n": 2}}',
    '{"$metadata": {"topic": "speed"}, "$data": {"v": "x", "n": 2}}',
    '{"$metadata": {"topic": "speed", "timestamp": 5, "event": true}, "$data": {"v": 1, "n": 2}}',
    '{"$metadata": {"topic": "crash", "timestamp": 5, "event": true}, "$data": {"name": "c"}}',
    '{"$metadata": {"topic": "nope"}, "$data": {}}',
    '{"$metadata": {"topic": "speed"}, "$data": {"v": 1, "n": 2}, "$data": {"v": 1}}',
    '{"$metadata": {"topic": "speed"}, "$data": {"v": 1, "n": 2}, "extra": {}}',
    '{"$metadata": {"topic": "speed"}, "$data": {"v": NaN, "n": 2}}',
  ];
  for (const line of lines) {
    // A leading space keeps a line out of the fast path; JSON allows it.
    assert.deepEqual(problems(line), problems(` ${line}`), line);
  }
  assert.deepEqual(problems(lines[0]!), []);
  assert.deepEqual(problems(lines[5]!).map((p) => p.message), ["missing required field(s): 'n'. Provided fields: 'v'"]);
});
