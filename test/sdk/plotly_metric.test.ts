import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MetricImportance, MetricsRangeError, MetricsTypeError, MetricStatus, PlotlyMetric } from "../../src/sdk/index.ts";
import { testWriter } from "./_helpers.ts";
import { helloWorld, written } from "./_upstream.ts";

describe("PlotlyMetric", () => {
  test("PlotlyMetric matches ReSim's output for hello world's \"Plotly example\" given the figure's to_json() string", () => {
    const expected = helloWorld.expected("Plotly example");
    const figureJson = JSON.stringify((expected.metric as { metricValues: { plotlyMetricValues: { json: unknown } } }).metricValues.plotlyMetricValues.json);
    const writer = testWriter();
    writer
      .addPlotlyMetric("Plotly example")
      .withDescription("Some sort of thing.")
      .withStatus(MetricStatus.PASSED_METRIC_STATUS)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withShouldDisplay(true)
      .withBlocking(false)
      .withOrder(8)
      .withPlotlyData(figureJson);
    assert.deepEqual(written(writer.write()), expected);
  });

  test("withPlotlyData() keeps an object figure as given", () => {
    const figure = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: { title: { text: "T" } } };
    assert.equal(new PlotlyMetric("p").withPlotlyData(figure).plotlyData, figure);
  });

  test("the builder names the figure's value that is not JSON", () => {
    const cases: [unknown, typeof MetricsTypeError | typeof MetricsRangeError, string][] = [
      ["[1, 2]", MetricsTypeError, 'Cannot set plotly data of plotly metric "P": the figure is an array, not a JSON object'],
      ["{", MetricsTypeError, `Cannot set plotly data of plotly metric "P": the JSON does not parse: ${jsonError("{")}`],
      ["3", MetricsTypeError, 'Cannot set plotly data of plotly metric "P": the figure is 3, not a JSON object'],
      [{ data: [{ y: new Float64Array(2) }] }, MetricsTypeError, 'Cannot set plotly data of plotly metric "P": figure.data[0].y is a Float64Array, not JSON (convert it with Array.from)'],
      [{ data: [{ y: [1, Number.NaN] }] }, MetricsRangeError, 'Cannot set plotly data of plotly metric "P": figure.data[0].y[1] is NaN, which JSON cannot carry'],
      [{ layout: { title: undefined } }, MetricsTypeError, 'Cannot set plotly data of plotly metric "P": figure.layout.title is undefined, not JSON'],
      [{ x: new Date(0) }, MetricsTypeError, 'Cannot set plotly data of plotly metric "P": figure.x is a Date, not JSON'],
    ];
    for (const [figure, type, message] of cases) {
      assert.throws(() => new PlotlyMetric("P").withPlotlyData(figure as never), (e) => e instanceof type && e.message === message && e.field === "plotlyData", message);
    }
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}
