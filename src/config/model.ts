/**
 * The typed metrics config: what a `config.resim.yml` declares once it has
 * been read and checked. Field names follow the YAML keys, so a config
 * serialises back to the same document.
 * @module
 */

/** The types a topic's schema may give a field, and what each accepts in an emission. */
export const FIELD_TYPES = ["int", "float", "boolean", "string", "image", "video", "status", "string[]", "metric[]"] as const;

/**
 * A schema field type: `int` (an integer, not a boolean), `float` (any number),
 * `boolean`, `string`, `image` / `video` (a media file name), `status` (a string such
 * as `PASSED`), `string[]` (a list of strings) or `metric[]` (a list of event metrics).
 *
 * @example
 * const speed: FieldType = "float";
 */
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * Whether `name` is one of {@link FIELD_TYPES}.
 *
 * @example
 * isFieldType("double"); // false
 */
export function isFieldType(name: string): name is FieldType {
  return (FIELD_TYPES as readonly string[]).includes(name);
}

/** When a metric runs: per job, once per batch, or over a dashboard's jobs. */
export const METRIC_TYPES = ["test", "batch", "dashboard"] as const;

/**
 * A metric's type.
 *
 * @example
 * const kind: MetricType = "batch";
 */
export type MetricType = (typeof METRIC_TYPES)[number];

/** How a metric's result table is drawn: a built-in chart or a Liquid file. */
export const TEMPLATE_TYPES = ["system", "custom"] as const;

/**
 * A metric's template type.
 *
 * @example
 * const templateType: TemplateType = "custom";
 */
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

/** The built-in chart templates ReSim draws, by the name `template:` gives. */
export const SYSTEM_TEMPLATES = [
  "line",
  "bar",
  "table",
  "scalar",
  "histogram",
  "pie",
  "state_timeline",
  "image",
  "video",
  "artifact",
] as const;

/**
 * A system template name.
 *
 * @example
 * const chart: SystemTemplate = "state_timeline";
 */
export type SystemTemplate = (typeof SYSTEM_TEMPLATES)[number];

/** Where dashboards get fresh data from: on every new job, or when asked. */
export const DASHBOARD_REFRESH = ["auto", "manual"] as const;

/**
 * A topic: a table of emissions with a typed schema.
 *
 * @example
 * const position: TopicConfig = { schema: { x: "float", y: "float" } };
 * const crashes: TopicConfig = { event: true, schema: { name: "string", description: "string", status: "status", tags: "string[]" } };
 */
export interface TopicConfig {
  /** Only `emitEvent` may write to an event topic (and only to one). */
  readonly event?: boolean;
  /** Field name → type, in the order the config lists them. */
  readonly schema: Readonly<Record<string, FieldType>>;
}

/**
 * A pass / warn / block gate: `query_string` has one `?`, replaced by the
 * threshold; a query returning rows crosses it. `block` is tried before `warn`.
 *
 * @example
 * const gate: MetricStatus = { query_string: "SELECT 1 FROM speed WHERE v > ?", block: 30, warn: 20 };
 */
export interface MetricStatus {
  readonly query_string: string;
  readonly block?: number;
  readonly warn?: number;
}

/**
 * A metric: a SQL query over the topics, drawn by a system template or a
 * custom Liquid template.
 *
 * @example
 * const metric: MetricConfig = {
 *   type: "test",
 *   query_string: "SELECT 'speed', timestamp / 1E9, v FROM speed ORDER BY timestamp",
 *   template_type: "system",
 *   template: "line",
 * };
 */
export interface MetricConfig {
  readonly type: MetricType;
  readonly description?: string;
  readonly query_string: string;
  readonly template_type: TemplateType;
  /** The system template (with `template_type: system`). */
  readonly template?: string;
  /** The `.liquid` file in the templates folder (with `template_type: custom`). */
  readonly template_file?: string;
  /** Unit label, shown by `scalar`. */
  readonly units?: string;
  /** Hide the metric when its query returns no rows. */
  readonly skip_if_no_data?: boolean;
  readonly status?: MetricStatus;
  /** Axis labels, legend, histogram bins: passed through as written. */
  readonly template_settings?: Readonly<Record<string, unknown>>;
}

/**
 * A named list of metrics, chosen by name when a batch is created.
 *
 * @example
 * const set: MetricsSetConfig = { metrics: ["Speed Over Time", "Top Speed"] };
 */
export interface MetricsSetConfig {
  readonly metrics: readonly string[];
}

/**
 * A dashboard: a metrics set of `dashboard` metrics run over the branch's recent jobs.
 *
 * @example
 * const trends: DashboardConfig = { metrics_set: "Trends", refresh: "auto", day_range: 30 };
 */
export interface DashboardConfig {
  readonly metrics_set: string;
  readonly description?: string;
  readonly refresh?: (typeof DASHBOARD_REFRESH)[number];
  readonly day_range?: number;
}

/**
 * A whole metrics config, one file's or several merged. Sections a file
 * leaves out are empty.
 *
 * @example
 * const config: MetricsConfig = {
 *   version: 1,
 *   topics: { speed: { schema: { v: "float" } } },
 *   metrics: {},
 *   "metrics sets": {},
 *   dashboards: {},
 * };
 */
export interface MetricsConfig {
  /** Absent when the file does not say (a problem `config check` reports). */
  readonly version?: number;
  readonly topics: Readonly<Record<string, TopicConfig>>;
  readonly metrics: Readonly<Record<string, MetricConfig>>;
  readonly "metrics sets": Readonly<Record<string, MetricsSetConfig>>;
  readonly dashboards: Readonly<Record<string, DashboardConfig>>;
}
