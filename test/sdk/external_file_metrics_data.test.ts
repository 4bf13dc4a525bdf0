import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MetricsDataType } from "../../src/proto/index.ts";
import { ExternalFileMetricsData, MetricsRangeError } from "../../src/sdk/index.ts";
import { pack } from "../../src/sdk/_pack.ts";
import { useTempFolder } from "../_temp_tree.ts";

describe("ExternalFileMetricsData", () => {
  const root = useTempFolder();
  const outputs = join(root, "outputs");
  before(() => {
    mkdirSync(join(outputs, "plots"), { recursive: true });
    writeFileSync(join(outputs, "plots", "speed.png"), "png");
    writeFileSync(join(root, "secret.txt"), "outside");
    symlinkSync(join(root, "secret.txt"), join(outputs, "link.png"));
  });

  test("new ExternalFileMetricsData() stores the path relative to the outputs folder", () => {
    assert.equal(new ExternalFileMetricsData("speed", "plots/speed.png", { outputsDir: outputs }).path, "plots/speed.png");
    assert.equal(new ExternalFileMetricsData("speed", "./plots/../plots/speed.png", { outputsDir: outputs }).path, "plots/speed.png");
    assert.equal(new ExternalFileMetricsData("speed", join(outputs, "plots/speed.png"), { outputsDir: outputs }).path, "plots/speed.png");
  });

  test("new ExternalFileMetricsData() rejects a file that is missing, not a file, or outside the outputs folder", () => {
    const cases: [string, string][] = [
      ["missing.png", `Cannot create external file data "img": file "${join(outputs, "missing.png")}" does not exist (write it before adding it)`],
      ["plots", `Cannot create external file data "img": "${join(outputs, "plots")}" is not a file`],
      ["../secret.txt", `Cannot create external file data "img": "../secret.txt" is outside the outputs folder "${outputs}"`],
      [join(root, "secret.txt"), `Cannot create external file data "img": "${join(root, "secret.txt")}" is outside the outputs folder "${outputs}"`],
      [".", `Cannot create external file data "img": "." is outside the outputs folder "${outputs}"`],
      ["link.png", `Cannot create external file data "img": "link.png" links to "${join(root, "secret.txt")}", outside the outputs folder "${outputs}"`],
      ["", 'Cannot create external file data "img": the path is empty'],
    ];
    for (const [path, message] of cases) {
      assert.throws(() => new ExternalFileMetricsData("img", path, { outputsDir: outputs }), (error) => error instanceof MetricsRangeError && error.message === message, message);
    }
  });

  test("[pack]() writes an external-file data with its path", () => {
    const data = new ExternalFileMetricsData("speed", "plots/speed.png", { outputsDir: outputs });
    assert.deepEqual(data[pack]({ id: () => "the id" }), {
      metricsDataId: { id: { data: "the id" } },
      dataType: MetricsDataType.EXTERNAL_FILE_DATA_TYPE,
      name: "speed",
      unit: "",
      isPerCategory: false,
      categoryNames: [],
      isIndexed: false,
      indexDataType: 0,
      data: { case: "externalFile", value: { path: "plots/speed.png" } },
    });
  });
});
