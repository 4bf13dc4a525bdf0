/**
 * Metrics written by ReSim's own SDK (`test/fixtures/`), for tests that
 * build the same metric with ours and compare the messages field by field.
 * @module
 */

import { JobMetrics, type JsonValue, type MetricsData as MetricsDataMessage, type Series } from "../../src/proto/index.ts";
import type { SeriesInput, WriteResult } from "../../src/sdk/index.ts";
import { unpackTimestamps } from "../../src/sdk/timestamps.ts";
import { readFixture } from "../_shared.ts";
import { dataJsonByName, firstMetricJson, namedJson } from "./_helpers.ts";

/** A fixture decoded, with its metrics and data looked up by name. */
export class UpstreamJob {
  readonly message: JobMetrics;

  constructor(fixture: string) {
    this.message = JobMetrics.decode(readFixture(fixture));
  }

  #data(name: string): MetricsDataMessage {
    const data = this.message.metricsData.find((d) => d.name === name);
    if (data === undefined) throw new Error(`no metrics data "${name}" in the fixture`);
    return data;
  }

  /** The values of series data `name` (of one category of per-category data), as SDK input. */
  values(name: string, category?: string): SeriesInput {
    const content = this.#data(name).data;
    const series = content.case === "series" ? content.value : content.case === "seriesPerCategory" ? content.value.categoryToSeries.get(category!) : undefined;
    return seriesValues(series!);
  }

  /** The metric `name` and every data it reaches, in JSON with ids named as {@link namedJson} does. */
  expected(name: string): { metric: JsonValue; data: Record<string, JsonValue> } {
    const metric = this.message.jobLevelMetrics!.metrics.find((m) => m.name === name)!;
    const single: JobMetrics = { ...this.message, jobLevelMetrics: { metrics: [metric], metricsStatus: 0 }, events: [] };
    const result = { message: single } as WriteResult;
    const reached = new Set(JSON.stringify(firstMetricJson(result)).match(/data:[^"]*/g)?.map((s) => s.slice(5)));
    for (const d of this.message.metricsData) {
      if (reached.has(d.name) && d.isIndexed) reached.add(this.message.metricsData.find((i) => i.metricsDataId?.id?.data === d.indexDataId?.id?.data)!.name);
    }
    const data = Object.fromEntries(Object.entries(dataJsonByName(result)).filter(([dataName]) => reached.has(dataName)));
    return { metric: firstMetricJson(result), data };
  }
}

function seriesValues(series: Series): SeriesInput {
  const s = series.series;
  switch (s.case) {
    case "doubles":
    case "statuses":
    case "strings":
      return s.value.series;
    case "uuids":
      return s.value.series.map((u) => u.data);
    case "timestamps":
      return unpackTimestamps(s.value.series);
    case undefined:
      throw new Error("the fixture's series has no values");
  }
}

/** The first metric written and the data it reaches, ids named, to compare with {@link UpstreamJob.expected}. */
export function written(result: WriteResult): { metric: JsonValue; data: Record<string, JsonValue> } {
  return { metric: firstMetricJson(result), data: dataJsonByName(result) };
}

/** ReSim's SDK output for the sandbox's hello-world system. */
export const helloWorld: UpstreamJob = new UpstreamJob("hello_world.binproto");
/** Output of ReSim's test-data generator: every metric type. */
export const upstreamAllTypes: UpstreamJob = new UpstreamJob("upstream_all_types.binproto");
