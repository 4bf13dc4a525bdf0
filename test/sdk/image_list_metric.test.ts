import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ImageListMetric, MetricImportance, MetricsTypeError, MetricStatus } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { upstreamAllTypes, written } from "./_upstream.ts";
import { useTempFolder } from "../_temp_tree.ts";

describe("ImageListMetric", () => {
  const outputs = useTempFolder();
  before(() => {
    for (const name of ["my_redwood.gif", "my_oak.gif"]) writeFileSync(join(outputs, name), "GIF89a");
  });

  test("ImageListMetric matches ReSim's \"A set of photos of trees\"", () => {
    const writer = testWriter(outputs);
    writer
      .addImageListMetric("A set of photos of trees")
      .withDescription("Actual photos of real-world trees")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.LOW_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(1.2)
      .appendImageData(writer.addExternalFileMetricsData("Majestic Redwood Photo", "my_redwood.gif"))
      .appendImageData(writer.addExternalFileMetricsData("Gnarled Oak Photo", "my_oak.gif"));
    assert.deepEqual(written(writer.write()), upstreamAllTypes.expected("A set of photos of trees"));
  });

  test("withImageListData() replaces the list and rejects data that is not an external file", () => {
    const writer = testWriter(outputs);
    const oak = writer.addExternalFileMetricsData("oak", "my_oak.gif");
    const metric = new ImageListMetric("L").appendImageData(writer.addExternalFileMetricsData("redwood", "my_redwood.gif")).withImageListData([oak]);
    assert.deepEqual(metric.imageListData, [oak]);
    assert.throws(() => metric.withImageListData([oak, "x" as never]), (e) => e instanceof MetricsTypeError && e.message === 'Cannot add image to image list metric "L": an image is not external file data');
  });
});
