// The wire corpus: our reader gives the C++ runtime's verdict on every case,
// and Python's protobuf (upb), ReSim's Python SDK's runtime, agrees but for
// the documented cases where upb departs from C++.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { DecodeError, JobMetrics } from "../../src/proto/index.ts";
import { pythonVenv } from "../_python_sdk.ts";
import { repoDir } from "../_shared.ts";
import { wireCases, type WireCase } from "./wire_corpus.testdata.ts";

function ourVerdict(bytes: Uint8Array): WireCase["cpp"] {
  try {
    JobMetrics.decode(bytes);
    return "accepts";
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return "refuses";
  }
}

for (const c of wireCases) {
  test(`JobMetrics.decode() ${c.cpp === "accepts" ? "accepts" : "refuses"} ${c.name}, as the C++ runtime does`, () => {
    assert.equal(ourVerdict(c.bytes), c.cpp);
  });
}

/** Cases where upb's verdict is not the C++ runtime's, and ours follows C++. */
const upbDepartures: ReadonlyMap<string, string> = new Map([
  ["a 5-byte tag with bit 32 set", "upb refuses a tag past 32 bits; C++ keeps its low 32 bits"],
  ["field number 0 as a varint", "upb skips an unknown field numbered 0; C++ refuses it"],
  ["field number 0 as length-delimited", "upb skips an unknown field numbered 0; C++ refuses it"],
  ["field number 0 as fixed32", "upb skips an unknown field numbered 0; C++ refuses it"],
]);

/** Python with the protobuf package in a virtualenv under .cache/, made on first use; or why there is none. */
const pythonWithProtobuf = () => pythonVenv(`${repoDir}.cache/python-protobuf`, "protobuf", "import google.protobuf");

// Reads one input per line as hex and prints each verdict.
const oracle = `
import sys
from google.protobuf import empty_pb2
for line in sys.stdin:
    try:
        empty_pb2.Empty.FromString(bytes.fromhex(line.strip()))
        print("accepts")
    except Exception:
        print("refuses")
`;

test("Python's protobuf (upb) agrees with the C++ verdicts but for the documented departures", (t) => {
  const found = pythonWithProtobuf();
  if ("skip" in found) {
    t.skip(`no Python protobuf to compare with: ${found.skip}`);
    return;
  }
  const input = wireCases.map((c) => Buffer.from(c.bytes).toString("hex")).join("\n");
  const result = spawnSync(found.python, ["-c", oracle], { input, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  const verdicts = result.stdout.trim().split("\n");
  assert.equal(verdicts.length, wireCases.length);
  // A departure must still depart (else it is no longer one), and nothing else may.
  const unexpected = wireCases.flatMap((c, i) => ((verdicts[i] === c.cpp) === upbDepartures.has(c.name) ? [`${c.name}: upb ${verdicts[i]}, C++ ${c.cpp}`] : []));
  assert.deepEqual(unexpected, []);
});
