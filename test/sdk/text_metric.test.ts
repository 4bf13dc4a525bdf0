import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MetricImportance, MetricsRangeError, MetricStatus, TextMetric } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { upstreamAllTypes, written } from "./_upstream.ts";

describe("TextMetric", () => {
  test("TextMetric matches ReSim's \"A text metric\"", () => {
    const writer = testWriter();
    writer
      .addTextMetric("A text metric")
      .withDescription("A textual metric, using markdown")
      .withStatus(MetricStatus.NOT_APPLICABLE_METRIC_STATUS)
      .withImportance(MetricImportance.ZERO_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(13)
      .withText("Hello, world!");
    assert.deepEqual(written(writer.write()), upstreamAllTypes.expected("A text metric"));
  });

  test("withText() rejects empty text", () => {
    assert.throws(() => new TextMetric("T").withText(""), (e) => e instanceof MetricsRangeError && e.message === 'Cannot set text of text metric "T": the text is empty' && e.field === "text");
  });
});
