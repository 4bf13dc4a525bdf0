/**
 * The preview's view model: everything the page shows, resolved from a
 * `JobMetrics` message and ready to draw. Renderer-agnostic: series are
 * numbers in seconds and typed arrays, statuses are badges, nothing here
 * knows about HTML or Plotly.
 * @module
 */

/** How a status is coloured on the page. */
export type StatusTone = "passed" | "warn" | "block" | "neutral" | "raw" | "none";

/** A metric, event or job status as the page labels and colours it. */
export interface StatusBadge {
  /** The `MetricStatus` number. */
  code: number;
  /** Human label, e.g. `Passed`, `Blocking`. */
  label: string;
  tone: StatusTone;
}

/** A metric or event importance as the page labels it. */
export interface ImportanceBadge {
  /** The `MetricImportance` number. */
  code: number;
  /** Human label, e.g. `High`; empty for NO_SPECIFIED_IMPORTANCE. */
  label: string;
}

/** How many metrics carry one status. */
export interface StatusCount {
  status: StatusBadge;
  count: number;
}

/**
 * Something wrong with the file: a validator violation (with its rule id) or
 * a problem the preview met while resolving data (a missing image, a broken
 * reference). Problems never stop the page from rendering.
 */
export interface Problem {
  severity: "error" | "warning";
  /** Validator rule id such as `HIST-03`; absent for the preview's own findings. */
  rule?: string;
  /** The metric the problem is about, when the message does not name it. */
  subject?: string;
  /** One line; validator messages name the entity and field, e.g. `metrics[5] "Speed" (HISTOGRAM): buckets[1].lower is …`. */
  message: string;
}

/** Failure thresholds of a value (`DoubleFailureDefinition`); either may be absent. */
export interface FailureBounds {
  above?: number;
  below?: number;
}

/** How series times are read: seconds since the start, or since the Unix epoch. */
export type TimeScale = "relative" | "absolute";

/** Set when long series were reduced before drawing. */
export interface Downsampling {
  /** Points in the longest series as stored. */
  sourcePoints: number;
  /** Points drawn for that series. */
  drawnPoints: number;
  /** How the points were chosen, in words. */
  method: string;
}

/** A scalar: one number with unit and thresholds. */
export interface ScalarView {
  kind: "scalar";
  value?: number;
  unit: string;
  failure: FailureBounds;
}

/** One row of a double summary: one category of grouped data, or the single value. */
export interface SummaryRow {
  /** The category; absent for ungrouped data. */
  category?: string;
  value: number;
  status?: StatusBadge;
}

/** Which element of the series a double summary shows. */
export type SummarySelection =
  | { by: "position"; position: number }
  | { by: "time"; time: number; timeScale: TimeScale }
  | { by: "label"; label: string };

/** A double summary: the element an index selects from a series (per category when grouped). */
export interface DoubleSummaryView {
  kind: "doubleSummary";
  selection: SummarySelection;
  dataName: string;
  unit: string;
  failure: FailureBounds;
  rows: SummaryRow[];
}

/** Points of a series whose status is a failure (warning or blocking). */
export interface FailingPoints {
  x: Float64Array;
  y: Float64Array;
  /** The `MetricStatus` of each point. */
  statuses: Int32Array;
  /** How many points failed in all (more than drawn when there were very many). */
  total: number;
}

/** One line of a double-over-time chart. */
export interface TimeSeriesLine {
  name: string;
  unit: string;
  /** Times in seconds (relative or since the epoch, see `timeScale`). */
  times: Float64Array;
  values: Float64Array;
  failure: FailureBounds;
  failing?: FailingPoints;
}

/** Doubles over time, with failure thresholds per series. */
export interface DoubleOverTimeView {
  kind: "doubleOverTime";
  yAxisName: string;
  timeScale: TimeScale;
  /** The x range to show, in seconds, when the metric sets it. */
  start?: number;
  end?: number;
  lines: TimeSeriesLine[];
  downsampling?: Downsampling;
}

/** One x/y series of a line plot. */
export interface XYLine {
  name: string;
  xUnit: string;
  yUnit: string;
  x: Float64Array;
  y: Float64Array;
  failing?: FailingPoints;
}

/** A line plot: y against x, several series. */
export interface LinePlotView {
  kind: "linePlot";
  xAxisName: string;
  yAxisName: string;
  lines: XYLine[];
  downsampling?: Downsampling;
}

/** One series of bars, one value per string label. */
export interface BarSeries {
  name: string;
  unit: string;
  labels: string[];
  values: Float64Array;
}

/** A bar chart: one bar per label and series, grouped or stacked. */
export interface BarChartView {
  kind: "barChart";
  xAxisName: string;
  yAxisName: string;
  stacked: boolean;
  series: BarSeries[];
}

/** One histogram bucket and how many values fell into it. */
export interface HistogramBin {
  lower: number;
  upper: number;
  count: number;
}

/** A histogram: the values of a series counted into the metric's buckets. */
export interface HistogramView {
  kind: "histogram";
  xAxisName: string;
  dataName: string;
  unit: string;
  bins: HistogramBin[];
  lowerBound?: number;
  upperBound?: number;
  /** Values outside every bucket (below the first, above the last, or NaN). */
  outside: number;
  total: number;
}

/** A span of time spent in one state. */
export interface StateSegment {
  state: string;
  /** Seconds. */
  start: number;
  end: number;
}

/** One timeline row: a states series, or one category of grouped states. */
export interface StateRow {
  name: string;
  segments: StateSegment[];
}

/** States over time: which state each series was in, when. */
export interface StatesOverTimeView {
  kind: "statesOverTime";
  timeScale: TimeScale;
  /** Every state, in `states_set` order, then any others met in the data. */
  states: string[];
  failureStates: string[];
  rows: StateRow[];
  downsampling?: Downsampling;
}

/** A Plotly figure as stored (`data`, `layout`, ...). */
export interface PlotlyView {
  kind: "plotly";
  figure: Record<string, unknown>;
}

/** An external file as the page can show it. */
export type FileRef =
  | { name: string; path: string; found: true; src: string; bytes: number }
  | { name: string; path: string; found: false; reason: string };

/** One image. */
export interface ImageView {
  kind: "image";
  image: FileRef;
}

/** Several images. */
export interface ImageListView {
  kind: "imageList";
  images: FileRef[];
}

/** Markdown text. */
export interface TextView {
  kind: "text";
  markdown: string;
}

/** One batch on the x axis of a batchwise bar chart. */
export interface BatchColumn {
  id: string;
  /** Seconds; the earliest time any category gives this batch. */
  time: number;
}

/** One category's bars, aligned with the chart's batches (NaN where a category has no value). */
export interface BatchSeries {
  category: string;
  /** `#RRGGBB` or `#RRGGBBAA`, when the metric gives one. */
  color?: string;
  values: Float64Array;
}

/** Bars per batch and category, batches ordered by time. */
export interface BatchwiseBarChartView {
  kind: "batchwiseBarChart";
  xAxisName: string;
  yAxisName: string;
  stacked: boolean;
  timeScale: TimeScale;
  batches: BatchColumn[];
  series: BatchSeries[];
}

/** A metric whose data could not be resolved: the card says why instead of drawing. */
export interface CannotDrawView {
  kind: "cannotDraw";
  reason: string;
}

/** What a card shows below its header: one variant per metric type, or why it cannot. */
export type MetricBody =
  | ScalarView
  | DoubleSummaryView
  | DoubleOverTimeView
  | LinePlotView
  | BarChartView
  | HistogramView
  | StatesOverTimeView
  | PlotlyView
  | ImageView
  | ImageListView
  | TextView
  | BatchwiseBarChartView
  | CannotDrawView;

/** One metric card. */
export interface MetricCard {
  /** Unique in the page and safe in HTML ids and attribute values. */
  key: string;
  name: string;
  /** The metric type in words, e.g. `Line plot`. */
  typeLabel: string;
  status: StatusBadge;
  importance: ImportanceBadge;
  description: string;
  tags: { key: string; value: string }[];
  /** Why the card is not in the main list, for cards behind the toggle. */
  hiddenReason?: string;
  body: MetricBody;
}

/** One event, with the cards of the metrics it references. */
export interface EventView {
  key: string;
  name: string;
  description: string;
  tags: string[];
  status: StatusBadge;
  importance: ImportanceBadge;
  /** Seconds (see `timeScale`); absent when the event has no timestamp. */
  time?: number;
  timeScale: TimeScale;
  metrics: MetricCard[];
}

/** Everything the page shows. */
export interface PreviewModel {
  /** What was previewed, e.g. `metrics.binproto`. */
  title: string;
  jobId: string;
  status: StatusBadge;
  /** Metrics per status, most severe first; statuses no metric has are left out. */
  statusCounts: StatusCount[];
  problems: Problem[];
  /** Displayed job-level metrics, in display order. */
  metrics: MetricCard[];
  /** Metrics behind the "hidden" toggle, in display order. */
  hiddenMetrics: MetricCard[];
  /** Events by time, then name. */
  events: EventView[];
}
