import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { IMPORT_EMISSIONS, PYTHON_SDK, pythonSdk } from "../_python_sdk.ts";
import { useTempFolder } from "../_temp_tree.ts";
import { CASE_CONFIG, emitterCases } from "./_cases.ts";

const dir = useTempFolder();

/** Runs every case through ReSim's Emitter; prints, per case, the lines written and the message raised. */
const HARNESS = `${IMPORT_EMISSIONS}
import json, os, sys
config, out_dir = sys.argv[1], sys.argv[2]
results = []
for i, case in enumerate(json.load(sys.stdin)):
    path = os.path.join(out_dir, f"{i}.jsonl")
    emitter = emissions.Emitter(config_path=config, output_path=path)
    error = None
    try:
        if case["method"] == "emit":
            emitter.emit(case["topic"], case["data"], case.get("timestamp"))
        elif case["method"] == "emit_event":
            emitter.emit_event(case["topic"], case["data"], case["timestamp"])
        else:
            emitter.emit_series(case["topic"], case["data"], case.get("timestamps"))
    except Exception as e:
        error = str(e)
    emitter.close()
    with open(path, encoding="utf8") as f:
        lines = f.read().splitlines()
    results.append({"lines": lines, "error": error})
print(json.dumps(results))
`;

test(`ReSim's own Emitter (${PYTHON_SDK}) gives the outcome each case expects`, (t) => {
  const sdk = pythonSdk();
  if ("skip" in sdk) {
    t.skip(sdk.skip);
    return;
  }
  const config = join(dir, "config.resim.yml");
  writeFileSync(config, CASE_CONFIG);
  const child = spawnSync(sdk.python, ["-c", HARNESS, config, dir], { input: JSON.stringify(emitterCases), encoding: "utf8" });
  assert.equal(child.status, 0, child.stderr);
  const results = JSON.parse(child.stdout) as { lines: string[]; error: string | null }[];
  emitterCases.forEach((c, i) => {
    const result = results[i]!;
    const expected = "error" in c.expected ? { lines: [], error: c.expected.error } : { lines: c.expected.lines, error: null };
    assert.deepEqual(result, expected, c.name);
  });
});
