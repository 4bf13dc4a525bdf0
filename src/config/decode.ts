/**
 * From one file's YAML data to the typed {@link MetricsConfig}: every key is
 * checked for shape and allowed values, and each problem is recorded with
 * its place rather than thrown, so a check lists them all. What is malformed
 * is left out of the typed config.
 * @module
 */

import {
  DASHBOARD_REFRESH,
  FIELD_TYPES,
  isFieldType,
  METRIC_TYPES,
  SYSTEM_TEMPLATES,
  TEMPLATE_TYPES,
  type DashboardConfig,
  type FieldType,
  type MetricConfig,
  type MetricsConfig,
  type MetricsSetConfig,
  type MetricStatus,
  type TopicConfig,
} from "./model.ts";
import type { ConfigPathSegment, ConfigProblem, SourceLocation } from "./problem.ts";
import type { YamlSource } from "./yaml_source.ts";

/** One config file, read and checked on its own. */
export interface ConfigFile {
  readonly file: string;
  /** Whether the YAML parsed; a file that did not has an empty config and its syntax problems. */
  readonly parsed: boolean;
  /** The file's config with its own `global` settings applied. */
  readonly config: MetricsConfig;
  /** Every name each section declares, those whose entries are malformed (and so absent from `config`) included. */
  readonly declared: Readonly<Record<"topics" | "metrics" | "metrics sets" | "dashboards", readonly string[]>>;
  /** Syntax and shape problems of this file alone. */
  readonly problems: readonly ConfigProblem[];
  /** Where a key path of this file starts. */
  locate(path: readonly ConfigPathSegment[]): SourceLocation;
}

/** The top-level keys a config may have; `global` is applied while reading and not kept. */
const TOP_LEVEL_KEYS = ["version", "global", "topics", "metrics", "metrics sets", "dashboards"];
const TOPIC_KEYS = ["schema", "event"];
const METRIC_KEYS = [
  "type",
  "description",
  "query_string",
  "template_type",
  "template",
  "template_file",
  "units",
  "skip_if_no_data",
  "skip-if-no-data",
  "status",
  "template_settings",
];
const STATUS_KEYS = ["query_string", "block", "warn"];
const DASHBOARD_KEYS = ["metrics_set", "description", "refresh", "day_range"];
/** The version every known config declares. */
const KNOWN_VERSION = 1;

type Path = readonly ConfigPathSegment[];
type Mapping = Readonly<Record<string, unknown>>;

/**
 * Checks and types the data of one parsed file.
 *
 * @example
 * const file = decodeConfigFile(parseYamlSource("c.yml", "version: 1\ntopics: {speed: {schema: {v: float}}}\n"));
 * file.config.topics["speed"]?.schema; // { v: "float" }
 */
export function decodeConfigFile(source: YamlSource): ConfigFile {
  const problems: ConfigProblem[] = [...source.problems];
  const decoder = new Decoder(source, problems);
  const config = source.value === undefined ? emptyConfig() : decoder.config(source.value);
  return { file: source.file, parsed: source.value !== undefined, config, declared: decoder.declared, problems, locate: (path) => source.locate(path) };
}

/** A config with nothing in it. */
export function emptyConfig(): MetricsConfig {
  return { topics: record([]), metrics: record([]), "metrics sets": record([]), dashboards: record([]) };
}

/**
 * A record without a prototype, so names such as `constructor` or `__proto__`
 * are plain keys.
 */
function record<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const result = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) result[key] = value;
  return result;
}

class Decoder {
  readonly declared: Record<"topics" | "metrics" | "metrics sets" | "dashboards", string[]> = {
    topics: [],
    metrics: [],
    "metrics sets": [],
    dashboards: [],
  };
  readonly #source: YamlSource;
  readonly #problems: ConfigProblem[];

  constructor(source: YamlSource, problems: ConfigProblem[]) {
    this.#source = source;
    this.#problems = problems;
  }

  config(value: unknown): MetricsConfig {
    if (value === null) {
      this.#error([], "the file is empty: a metrics config starts with `version: 1`");
      return emptyConfig();
    }
    if (!isMapping(value)) {
      this.#error([], `the config must be a YAML mapping (version, topics, metrics, …), not ${describe(value)}`);
      return emptyConfig();
    }
    this.#unknownKeys(value, [], TOP_LEVEL_KEYS, "it is not part of a metrics config and is dropped on sync");
    const version = this.#version(value["version"]);
    const skipIfNoData = this.#global(value["global"]);
    return {
      ...(version === undefined ? {} : { version }),
      topics: this.#section(value, "topics", (topic, path) => this.#topic(topic, path)),
      metrics: this.#section(value, "metrics", (metric, path) => this.#metric(metric, path, skipIfNoData)),
      "metrics sets": this.#section(value, "metrics sets", (set, path) => this.#metricsSet(set, path)),
      dashboards: this.#section(value, "dashboards", (dashboard, path) => this.#dashboard(dashboard, path)),
    };
  }

  #version(value: unknown): number | undefined {
    if (value === undefined || value === null) {
      this.#error(["version"], "required: add `version: 1` at the top of the file");
      return undefined;
    }
    if (!Number.isSafeInteger(value)) {
      this.#error(["version"], `must be an integer such as 1, not ${describe(value)}`);
      return undefined;
    }
    const version = value as number;
    if (version !== KNOWN_VERSION) this.#warn(["version"], `${version} is not a known version; every known config has version ${KNOWN_VERSION}`);
    return version;
  }

  /** `global: {skip-if-no-data: bool}`: the default for this file's metrics. */
  #global(value: unknown): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    const path = ["global"];
    if (!isMapping(value)) {
      this.#error(path, `global must be a mapping such as {skip-if-no-data: true}, not ${describe(value)}`);
      return undefined;
    }
    this.#unknownKeys(value, path, ["skip-if-no-data", "skip_if_no_data"], "global only sets skip-if-no-data");
    return this.#skipIfNoData(value, path);
  }

  #section<T>(config: Mapping, key: keyof Decoder["declared"], decode: (value: Mapping, path: Path) => T | undefined): Record<string, T> {
    const value = config[key];
    if (value === undefined || value === null) return record([]);
    if (!isMapping(value)) {
      this.#error([key], `${key} must be a mapping of names to entries, not ${describe(value)}`);
      return record([]);
    }
    const entries: [string, T][] = [];
    for (const [name, entry] of Object.entries(value)) {
      this.declared[key].push(name);
      const path = [key, name];
      if (!isMapping(entry)) {
        this.#error(path, `must be a mapping, not ${describe(entry)}`);
        continue;
      }
      const decoded = decode(entry, path);
      if (decoded !== undefined) entries.push([name, decoded]);
    }
    return record(entries);
  }

  #topic(topic: Mapping, path: Path): TopicConfig | undefined {
    this.#unknownKeys(topic, path, TOPIC_KEYS, "a topic has only schema and event");
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(path[1]))) {
      this.#warn(path, "a topic name is the name of its SQL table: use letters, digits and underscores (snake_case)");
    }
    const event = this.#optionalBoolean(topic, path, "event");
    const schema = topic["schema"];
    if (schema === undefined || schema === null) {
      this.#error(path, "schema is required: give each field a type, e.g. schema: {x: float}");
      return undefined;
    }
    const schemaPath = [...path, "schema"];
    if (!isMapping(schema)) {
      this.#error(schemaPath, `schema must be a mapping of field names to types, not ${describe(schema)}`);
      return undefined;
    }
    const fields: [string, FieldType][] = [];
    let valid = true;
    for (const [field, type] of Object.entries(schema)) {
      if (typeof type === "string" && isFieldType(type)) fields.push([field, type]);
      else {
        valid = false;
        this.#error([...schemaPath, field], `unknown type ${describe(type)}; the types are ${FIELD_TYPES.join(", ")}`);
      }
    }
    if (fields.length === 0 && valid) this.#warn(schemaPath, "the schema has no fields, so only empty data can be emitted");
    if (!valid) return undefined;
    return { ...(event === undefined ? {} : { event }), schema: record(fields) };
  }

  #metric(metric: Mapping, path: Path, skipDefault: boolean | undefined): MetricConfig | undefined {
    this.#unknownKeys(metric, path, METRIC_KEYS, "it is not a metric setting");
    const type = this.#choice(metric, path, "type", METRIC_TYPES, "when the metric runs");
    const queryString = this.#requiredString(metric, path, "query_string", "the SQL query whose rows the template draws");
    const templateType = this.#choice(metric, path, "template_type", TEMPLATE_TYPES, "how the rows are drawn");
    const description = this.#optionalString(metric, path, "description");
    const units = this.#optionalString(metric, path, "units");
    const template = this.#optionalString(metric, path, "template");
    const templateFile = this.#optionalString(metric, path, "template_file");
    if (templateType === "system") {
      if (template === undefined) {
        if (!("template" in metric)) this.#error(path, `template is required with template_type: system; one of ${SYSTEM_TEMPLATES.join(", ")}`);
      } else if (!(SYSTEM_TEMPLATES as readonly string[]).includes(template)) {
        const near = SYSTEM_TEMPLATES.find((known) => known === template.toLowerCase().replace(/[\s-]+/g, "_"));
        const suggestion = near === undefined ? `one of ${SYSTEM_TEMPLATES.join(", ")}` : `did you mean ${near}?`;
        this.#error([...path, "template"], `unknown system template "${template}": ${suggestion}`);
      }
      if (templateFile !== undefined) this.#warn([...path, "template_file"], "template_file is ignored with template_type: system");
    } else if (templateType === "custom") {
      if (templateFile === undefined) {
        if (!("template_file" in metric)) this.#error(path, "template_file is required with template_type: custom: the .liquid file in the templates folder");
      } else if (!/\.liquid$/i.test(templateFile) || /[\\/]/.test(templateFile)) {
        this.#error([...path, "template_file"], `template_file must be the name of a .liquid file in the templates folder, not "${templateFile}"`);
      }
      if (template !== undefined) this.#warn([...path, "template"], "template is ignored with template_type: custom");
    }
    const skip = this.#skipIfNoData(metric, path) ?? skipDefault;
    const status = this.#status(metric["status"], [...path, "status"]);
    const settings = metric["template_settings"];
    if (settings !== undefined && settings !== null && !isMapping(settings)) {
      this.#error([...path, "template_settings"], `template_settings must be a mapping, not ${describe(settings)}`);
    }
    if (type === undefined || queryString === undefined || templateType === undefined) return undefined;
    return {
      type,
      ...(description === undefined ? {} : { description }),
      query_string: queryString,
      template_type: templateType,
      ...(template === undefined ? {} : { template }),
      ...(templateFile === undefined ? {} : { template_file: templateFile }),
      ...(units === undefined ? {} : { units }),
      ...(skip === undefined ? {} : { skip_if_no_data: skip }),
      ...(status === undefined ? {} : { status }),
      ...(isMapping(settings) ? { template_settings: settings } : {}),
    };
  }

  /** `skip_if_no_data`, also spelled `skip-if-no-data` (the spelling `global` writes). */
  #skipIfNoData(mapping: Mapping, path: Path): boolean | undefined {
    const underscore = this.#optionalBoolean(mapping, path, "skip_if_no_data");
    const hyphen = this.#optionalBoolean(mapping, path, "skip-if-no-data");
    if (underscore !== undefined && hyphen !== undefined) {
      this.#error([...path, "skip-if-no-data"], "skip_if_no_data and skip-if-no-data are the same setting: keep one");
    }
    return underscore ?? hyphen;
  }

  #status(value: unknown, path: Path): MetricStatus | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isMapping(value)) {
      this.#error(path, `status must be a mapping {query_string, block, warn}, not ${describe(value)}`);
      return undefined;
    }
    this.#unknownKeys(value, path, STATUS_KEYS, "a status has only query_string, block and warn");
    const query = this.#requiredString(value, path, "query_string", "a query with one ? for the threshold");
    if (query !== undefined) {
      const marks = query.split("?").length - 1;
      if (marks !== 1) {
        this.#error([...path, "query_string"], `the status query must have exactly one ? (the threshold goes there), not ${marks}`);
      }
    }
    const block = this.#optionalNumber(value, path, "block");
    const warn = this.#optionalNumber(value, path, "warn");
    if (!("block" in value) && !("warn" in value)) this.#error(path, "status needs a block or a warn threshold (or both)");
    if (query === undefined) return undefined;
    return { query_string: query, ...(block === undefined ? {} : { block }), ...(warn === undefined ? {} : { warn }) };
  }

  #metricsSet(set: Mapping, path: Path): MetricsSetConfig | undefined {
    this.#unknownKeys(set, path, ["metrics"], "a metrics set has only metrics");
    const metrics = set["metrics"];
    if (metrics === undefined || metrics === null) {
      this.#error(path, "metrics is required: the list of metric names in this set");
      return undefined;
    }
    if (!Array.isArray(metrics)) {
      this.#error([...path, "metrics"], `metrics must be a list of metric names, not ${describe(metrics)}`);
      return undefined;
    }
    const names: string[] = [];
    metrics.forEach((name: unknown, index) => {
      if (typeof name !== "string") this.#error([...path, "metrics", index], `a metric name must be a string, not ${describe(name)}`);
      else if (names.includes(name)) this.#warn([...path, "metrics", index], `"${name}" is listed twice`);
      else names.push(name);
    });
    return { metrics: names };
  }

  #dashboard(dashboard: Mapping, path: Path): DashboardConfig | undefined {
    this.#unknownKeys(dashboard, path, DASHBOARD_KEYS, "it is not a dashboard setting");
    const metricsSet = this.#requiredString(dashboard, path, "metrics_set", "the metrics set the dashboard shows");
    const description = this.#optionalString(dashboard, path, "description");
    const refresh = "refresh" in dashboard ? this.#choice(dashboard, path, "refresh", DASHBOARD_REFRESH, "when it refreshes") : undefined;
    const dayRange = dashboard["day_range"];
    const validDays = dayRange === undefined || dayRange === null || (Number.isSafeInteger(dayRange) && (dayRange as number) > 0);
    if (!validDays) this.#error([...path, "day_range"], `day_range must be a whole number of days above 0, not ${describe(dayRange)}`);
    if (metricsSet === undefined) return undefined;
    return {
      metrics_set: metricsSet,
      ...(description === undefined ? {} : { description }),
      ...(refresh === undefined ? {} : { refresh }),
      ...(validDays && typeof dayRange === "number" ? { day_range: dayRange } : {}),
    };
  }

  #choice<T extends string>(mapping: Mapping, path: Path, key: string, choices: readonly T[], what: string): T | undefined {
    const value = mapping[key];
    if (value === undefined || value === null) {
      this.#error(path, `${key} is required (${what}): one of ${choices.join(", ")}`);
      return undefined;
    }
    if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
      this.#error([...path, key], `${key} must be one of ${choices.join(", ")}, not ${describe(value)}`);
      return undefined;
    }
    return value as T;
  }

  #requiredString(mapping: Mapping, path: Path, key: string, what: string): string | undefined {
    const value = mapping[key];
    if (value === undefined || value === null || value === "") {
      this.#error(value === undefined ? path : [...path, key], `${key} is required: ${what}`);
      return undefined;
    }
    if (typeof value !== "string") {
      this.#error([...path, key], `${key} must be a string, not ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  #optionalString(mapping: Mapping, path: Path, key: string): string | undefined {
    const value = mapping[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    this.#error([...path, key], `${key} must be a string, not ${describe(value)}`);
    return undefined;
  }

  #optionalBoolean(mapping: Mapping, path: Path, key: string): boolean | undefined {
    const value = mapping[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean") return value;
    this.#error([...path, key], `${key} must be true or false, not ${describe(value)}`);
    return undefined;
  }

  #optionalNumber(mapping: Mapping, path: Path, key: string): number | undefined {
    const value = mapping[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    this.#error([...path, key], `${key} must be a number, not ${describe(value)}`);
    return undefined;
  }

  #unknownKeys(mapping: Mapping, path: Path, known: readonly string[], why: string): void {
    for (const key of Object.keys(mapping)) {
      if (!known.includes(key)) this.#warn([...path, key], `unknown key "${key}": ${why}`);
    }
  }

  #error(path: Path, message: string): void {
    this.#problems.push({ severity: "error", location: this.#source.locate(path), path, message });
  }

  #warn(path: Path, message: string): void {
    this.#problems.push({ severity: "warning", location: this.#source.locate(path), path, message });
  }
}

/** Whether `value` is a YAML mapping read as a plain object. */
function isMapping(value: unknown): value is Mapping {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Map) && !(value instanceof Date);
}

/** A value as a problem message shows it: its kind, and the value itself when short. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (isMapping(value)) return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return `${typeof value === "number" ? "the number" : typeof value === "boolean" ? "the boolean" : "the value"} ${String(value)}`;
}
