import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ImageMetric, MetricImportance, MetricsTypeError, MetricStatus } from "../../src/sdk/index.ts";
import { fixturePath } from "../_shared.ts";
import { testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("ImageMetric", () => {
  test("ImageMetric matches ReSim's output for hello world's \"Thonk example\", with the image in the outputs folder", () => {
    const writer = testWriter(fixturePath("hello_world_outputs"));
    writer
      .addImageMetric("Thonk example")
      .withDescription("Largest thonk of all time")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(9)
      .withImageData(writer.addExternalFileMetricsData("the image", "thonk.gif"));
    assert.deepEqual(written(writer.write()), helloWorld.expected("Thonk example"));
  });

  test("withImageData() rejects data that is not an external file", () => {
    assert.throws(() => new ImageMetric("I").withImageData({} as never), (e) => e instanceof MetricsTypeError && e.message === 'Cannot set image of image metric "I": the image is not external file data');
  });
});
