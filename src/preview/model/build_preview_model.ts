/**
 * Building the view model: orders and groups the metrics (main list, hidden
 * toggle, events), resolves each metric's data into its type's view, counts
 * statuses and gathers problems. Pure: all I/O happened before.
 * @module
 */

import {
  MetricType,
  metricTypeOfValues,
  protoFieldName,
  TimestampType,
  type Event,
  type Metric,
  type MetricValues,
  type MetricValuesOneofCase,
} from "../../proto/index.ts";
import { CannotDrawError } from "./_cannot_draw.ts";
import { DataIndex } from "./_data_index.ts";
import { timeScaleOf, timestampSeconds } from "./_time.ts";
import { validationProblems } from "./_validation_problems.ts";
import type { ViewContext } from "./_view_context.ts";
import { importanceBadge, metricTypeLabel, statusBadge, statusSeverityOrder } from "./badges.ts";
import { barChartView } from "./bar_chart.ts";
import { batchwiseBarChartView } from "./batchwise_bar_chart.ts";
import { compareDisplayOrder } from "./display_order.ts";
import { doubleOverTimeView } from "./double_over_time.ts";
import { doubleSummaryView } from "./double_summary.ts";
import { histogramView } from "./histogram.ts";
import { imageView } from "./image.ts";
import { imageListView } from "./image_list.ts";
import { linePlotView } from "./line_plot.ts";
import { plotlyView } from "./plotly.ts";
import type { EventView, MetricBody, MetricCard, PreviewModel, Problem, StatusCount } from "./preview_model.ts";
import type { PreviewSource } from "./preview_source.ts";
import { scalarView } from "./scalar.ts";
import { statesOverTimeView } from "./states_over_time.ts";
import { textView } from "./text.ts";

/** For each values case, its view builder. */
const viewBuilders: { [C in MetricValuesOneofCase]: (values: Extract<MetricValues["metricValues"], { case: C }>["value"], context: ViewContext) => MetricBody } = {
  doubleMetricValues: doubleSummaryView,
  doubleOverTimeMetricValues: doubleOverTimeView,
  linePlotMetricValues: linePlotView,
  barChartMetricValues: barChartView,
  statesOverTimeMetricValues: statesOverTimeView,
  histogramMetricValues: histogramView,
  scalarMetricValues: scalarView,
  plotlyMetricValues: plotlyView,
  imageMetricValues: imageView,
  batchwiseBarChartMetricValues: batchwiseBarChartView,
  textMetricValues: textView,
  imageListMetricValues: imageListView,
};

/**
 * Builds everything the page shows from a decoded metrics file and its
 * external files. Validation problems come first; what the preview could not
 * show (missing files, broken references) follows as warnings.
 */
export function buildPreviewModel(source: PreviewSource): PreviewModel {
  const { job } = source;
  const data = new DataIndex(job.metricsData);
  const problems: Problem[] = validationProblems(job);
  const allMetrics = [...(job.jobLevelMetrics?.metrics ?? [])].sort(compareDisplayOrder);
  const bodies = new Map<Metric, MetricBody>();
  let cardCount = 0;

  const cardOf = (metric: Metric, hiddenReason?: string): MetricCard => {
    let body = bodies.get(metric);
    if (body === undefined) {
      body = bodyOf(metric, { data, files: source.files, subject: metric.name, problems });
      bodies.set(metric, body);
    }
    const card: MetricCard = {
      key: `m${cardCount++}`,
      name: metric.name,
      typeLabel: metricTypeLabel(metric.type),
      status: statusBadge(metric.status),
      importance: importanceBadge(metric.importance),
      description: metric.description,
      tags: metric.tags.map(({ key, value }) => ({ key, value })),
      body,
    };
    if (hiddenReason !== undefined) card.hiddenReason = hiddenReason;
    return card;
  };

  const referenced = new Set(job.events.flatMap((event) => event.metrics.map((ref) => ref.id?.data)));
  const metrics: MetricCard[] = [];
  const hiddenMetrics: MetricCard[] = [];
  for (const metric of allMetrics) {
    if (metric.eventMetric === true) {
      if (!referenced.has(metric.metricId?.id?.data)) hiddenMetrics.push(cardOf(metric, "event metric that no event references"));
    } else if (metric.shouldDisplay === false) {
      hiddenMetrics.push(cardOf(metric, "should_display is false"));
    } else {
      metrics.push(cardOf(metric));
    }
  }

  const byId = new Map<string | undefined, Metric>();
  for (const metric of job.jobLevelMetrics?.metrics ?? []) {
    if (!byId.has(metric.metricId?.id?.data)) byId.set(metric.metricId?.id?.data, metric);
  }
  const events = [...job.events].sort(compareEvents).map((event, i): EventView => {
    const time = event.timestamp === undefined ? undefined : timestampSeconds(event.timestamp);
    const found = event.metrics.flatMap((ref) => byId.get(ref.id?.data) ?? []).sort(compareDisplayOrder);
    const missing = event.metrics.filter((ref) => !byId.has(ref.id?.data)).map((ref) => ref.id?.data ?? "");
    const view: EventView = {
      key: `e${i}`,
      name: event.name,
      description: event.description,
      tags: [...event.tags],
      status: statusBadge(event.status),
      importance: importanceBadge(event.importance),
      timeScale: timeScaleOfEvent(event),
      metrics: [...found.map((metric) => cardOf(metric)), ...missing.map((id) => missingMetricCard(id, `m${cardCount++}`))],
    };
    if (time !== undefined) view.time = time;
    return view;
  });

  return {
    title: source.title,
    jobId: job.jobId?.id?.data ?? "",
    status: statusBadge(job.metricsStatus),
    statusCounts: countStatuses(job.jobLevelMetrics?.metrics ?? []),
    problems: uniqueProblems(problems),
    metrics,
    hiddenMetrics,
    events,
  };
}

/** The view of one metric, or why it cannot be drawn (also reported as a problem). */
function bodyOf(metric: Metric, context: ViewContext): MetricBody {
  const values = metric.metricValues?.metricValues;
  try {
    if (values === undefined || values.case === undefined) throw new CannotDrawError("the metric has no values");
    if (metric.type !== metricTypeOfValues[values.case]) {
      throw new CannotDrawError(`the metric's type is ${metricTypeLabel(metric.type)} but it holds ${protoFieldName(values.case)}`);
    }
    const build = viewBuilders[values.case] as (values: unknown, context: ViewContext) => MetricBody;
    return build(values.value, context);
  } catch (error) {
    if (!(error instanceof CannotDrawError)) throw error;
    context.problems.push({ severity: "warning", subject: metric.name, message: `cannot draw: ${error.message}` });
    return { kind: "cannotDraw", reason: error.message };
  }
}

/** The card standing in for an event's reference to a metric the file does not have. */
function missingMetricCard(id: string, key: string): MetricCard {
  return {
    key,
    name: `Metric "${id}"`,
    typeLabel: metricTypeLabel(MetricType.NO_METRIC_TYPE),
    status: statusBadge(0),
    importance: importanceBadge(0),
    description: "",
    tags: [],
    body: { kind: "cannotDraw", reason: `the event refers to metric "${id}", which is not in the file` },
  };
}

function timeScaleOfEvent(event: Event): EventView["timeScale"] {
  if (event.timestampType === TimestampType.RELATIVE_TIMESTAMP) return "relative";
  if (event.timestampType === TimestampType.ABSOLUTE_TIMESTAMP) return "absolute";
  return timeScaleOf(event.timestamp === undefined ? [] : [timestampSeconds(event.timestamp)]);
}

/** Events by time (untimed last), then by name. */
function compareEvents(a: Event, b: Event): number {
  const ta = a.timestamp === undefined ? Number.POSITIVE_INFINITY : timestampSeconds(a.timestamp);
  const tb = b.timestamp === undefined ? Number.POSITIVE_INFINITY : timestampSeconds(b.timestamp);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function countStatuses(metrics: readonly Metric[]): StatusCount[] {
  const counts = new Map<number, number>();
  for (const metric of metrics) counts.set(metric.status, (counts.get(metric.status) ?? 0) + 1);
  const rank = (code: number) => {
    const at = statusSeverityOrder.indexOf(code);
    return at < 0 ? statusSeverityOrder.length : at;
  };
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b) || a - b)
    .map(([code, count]) => ({ status: statusBadge(code), count }));
}

/** Problems without repeats (a metric shown under two events reports once). */
function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.severity, problem.rule, problem.subject, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
