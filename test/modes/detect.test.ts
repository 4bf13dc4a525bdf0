import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { detectMode, type InputsListing, listInputs, ModeDetectionError, type ModeName } from "../../src/modes/index.ts";
import { tempTree } from "../_temp_tree.ts";

const nothing: InputsListing = { inputsDir: "/in", exists: true, reportConfig: false, batchConfig: false, experienceDir: false, logsDir: false };

describe("detectMode()", () => {
  const cases: { name: string; listing: Partial<InputsListing>; forced?: ModeName; mode: ModeName; warnings?: string[] }[] = [
    { name: "report_config.json selects report mode", listing: { reportConfig: true }, mode: "report" },
    { name: "batch_metrics_config.json selects batch mode", listing: { batchConfig: true }, mode: "batch" },
    { name: "experience/ and logs/ select test mode", listing: { experienceDir: true, logsDir: true }, mode: "test" },
    { name: "logs/ alone selects test mode", listing: { logsDir: true }, mode: "test" },
    { name: "experience/ alone selects test mode", listing: { experienceDir: true }, mode: "test" },
    { name: "a batch config wins over test folders", listing: { batchConfig: true, logsDir: true }, mode: "batch" },
    {
      name: "both configs select report mode with a warning",
      listing: { reportConfig: true, batchConfig: true },
      mode: "report",
      warnings: ['Both "report_config.json" and "batch_metrics_config.json" are present in "/in": using report mode'],
    },
    { name: "--mode test overrides a batch config", listing: { batchConfig: true }, forced: "test", mode: "test" },
    { name: "--mode test works on an empty folder", listing: {}, forced: "test", mode: "test" },
    { name: "--mode batch overrides a report config", listing: { reportConfig: true, batchConfig: true }, forced: "batch", mode: "batch" },
  ];
  for (const { name, listing, forced, mode, warnings = [] } of cases) {
    test(`detectMode() does this: ${name}`, () => {
      assert.deepEqual(detectMode({ ...nothing, ...listing }, forced), { mode, warnings });
    });
  }

  const failures: { name: string; listing: Partial<InputsListing>; forced?: ModeName; message: string }[] = [
    {
      name: "an empty folder",
      listing: {},
      message: 'Cannot detect the mode: "/in" holds none of report_config.json (report mode), batch_metrics_config.json (batch mode), experience/ or logs/ (test mode)',
    },
    { name: "a missing folder", listing: { exists: false }, message: 'Cannot detect the mode: inputs folder "/in" does not exist (pass --inputs to use another folder)' },
    { name: "--mode batch without its config", listing: { logsDir: true }, forced: "batch", message: 'Cannot use batch mode: "/in/batch_metrics_config.json" is not a file' },
    { name: "--mode report without its config", listing: { batchConfig: true }, forced: "report", message: 'Cannot use report mode: "/in/report_config.json" is not a file' },
  ];
  for (const { name, listing, forced, message } of failures) {
    test(`detectMode() rejects ${name}`, () => {
      assert.throws(() => detectMode({ ...nothing, ...listing }, forced), { name: "ModeDetectionError", message });
    });
  }

  test("detectMode() errors carry the inputs folder", () => {
    assert.throws(() => detectMode(nothing), (error) => error instanceof ModeDetectionError && error.inputsDir === "/in");
  });
});

describe("listInputs()", () => {
  test("listInputs() reports configs only as regular files and test inputs only as folders", async (t) => {
    const dir = await tempTree(t, { "report_config.json": null, "batch_metrics_config.json": "{}", experience: "", logs: null });
    assert.deepEqual(await listInputs(dir), {
      inputsDir: dir,
      exists: true,
      reportConfig: false,
      batchConfig: true,
      experienceDir: false,
      logsDir: true,
    });
  });

  test("listInputs() reports a missing folder", async () => {
    const listing = await listInputs("/nonexistent/resim/inputs");
    assert.equal(listing.exists, false);
    assert.equal(listing.logsDir, false);
  });
});
