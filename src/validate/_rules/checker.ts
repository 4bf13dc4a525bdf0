/**
 * What one validation run shares across the rule groups: the message and its
 * id tables, where each entity sits, the violations found so far, and the
 * wording every group uses for names, types and values.
 * @module
 */

import {
  MetricsDataTypeNames,
  MetricTypeNames,
  type Event,
  type JobMetrics,
  type Metric,
  type MetricsData,
} from "../../proto/index.ts";
import type { NoteId, RuleId } from "../rule_ids.ts";
import { parseUuid } from "../uuid.ts";
import type { PathSegment, Subject, Violation } from "../violation.ts";

/** Where a violation is: the field path from the root and the entity it belongs to. */
export interface Place {
  readonly path: readonly PathSegment[];
  readonly subject: Subject;
}

/** The place of a field below `place`. */
export function at(place: Place, ...segments: PathSegment[]): Place {
  return { path: [...place.path, ...segments], subject: place.subject };
}

/** A metrics data entry together with its position in `metrics_data`. */
export interface DataEntry {
  readonly index: number;
  readonly data: MetricsData;
}

/** Collects the violations of one JobMetrics message while the rule groups run. */
export class Checker {
  readonly errors: Violation[] = [];
  readonly warnings: Violation[] = [];
  readonly job: JobMetrics;
  readonly metrics: readonly Metric[];
  readonly data: readonly MetricsData[];
  readonly events: readonly Event[];
  /** Position of the first data entry with each exact id string (ids are identified by spelling). */
  readonly dataIndexById: ReadonlyMap<string, number>;
  /** Position of the first metric with each exact id string. */
  readonly metricIndexById: ReadonlyMap<string, number>;
  readonly jobPlace: Place = { path: [], subject: { kind: "job" } };
  readonly #dataPlaces: Place[];
  readonly #metricPlaces: Place[];
  readonly #eventPlaces: Place[];
  /** The rules currently applying a shared check, outermost first. */
  readonly #via: RuleId[] = [];

  constructor(job: JobMetrics) {
    this.job = job;
    this.metrics = job.jobLevelMetrics?.metrics ?? [];
    this.data = job.metricsData;
    this.events = job.events;
    this.dataIndexById = firstPositions(this.data.map((d) => d.metricsDataId?.id?.data ?? ""));
    this.metricIndexById = firstPositions(this.metrics.map((m) => m.metricId?.id?.data ?? ""));
    this.#dataPlaces = this.data.map((d, index) => ({
      path: ["metrics_data", index],
      subject: { kind: "metrics_data", index, name: d.name, type: dataTypeName(d.dataType) },
    }));
    this.#metricPlaces = this.metrics.map((m, index) => ({
      path: ["job_level_metrics", "metrics", index],
      subject: { kind: "metric", index, name: m.name, type: metricTypeName(m.type) },
    }));
    this.#eventPlaces = this.events.map((e, index) => ({ path: ["events", index], subject: { kind: "event", index, name: e.name } }));
  }

  /** Records a broken rule. */
  error(rule: RuleId, place: Place, message: string): void {
    this.errors.push(this.#violation(rule, "error", place, message));
  }

  /** Records a probable mistake that upstream accepts because of quirk `note`. */
  warn(rule: RuleId, place: Place, message: string, note?: NoteId): void {
    const violation = this.#violation(rule, "warning", place, message);
    this.warnings.push(note === undefined ? violation : { ...violation, note });
  }

  /** Runs `check` with `rule` recorded as the rule that applies it (e.g. LINE-03 applying the VS checks). */
  within<T>(rule: RuleId, check: () => T): T {
    this.#via.push(rule);
    try {
      return check();
    } finally {
      this.#via.pop();
    }
  }

  #violation(rule: RuleId, severity: Violation["severity"], place: Place, message: string): Violation {
    const base = { rule, severity, path: place.path, subject: place.subject, message };
    return this.#via.length === 0 ? base : { ...base, via: [...this.#via] };
  }

  dataPlace(index: number): Place {
    return this.#dataPlaces[index]!;
  }

  metricPlace(index: number): Place {
    return this.#metricPlaces[index]!;
  }

  eventPlace(index: number): Place {
    return this.#eventPlaces[index]!;
  }

  /** The data entry whose id is exactly `id`. */
  findData(id: string): DataEntry | undefined {
    const index = this.dataIndexById.get(id);
    return index === undefined ? undefined : { index, data: this.data[index]! };
  }

  /** How messages name a data entry: `"Min d" (metrics_data[21])`. */
  dataLabel(index: number): string {
    return label(this.data[index]!.name, `metrics_data[${index}]`);
  }

  /** How messages name a metric: `"Maximum Speed" (metrics[3])`. */
  metricLabel(index: number): string {
    return label(this.metrics[index]!.name, `metrics[${index}]`);
  }

  /** How messages name an event: `"first event" (events[0])`. */
  eventLabel(index: number): string {
    return label(this.events[index]!.name, `events[${index}]`);
  }

  /**
   * Explains a reference to an id nothing carries, pointing at an entity
   * that has the same UUID spelled differently, the usual cause.
   */
  unknownReference(kind: "metrics data" | "metric", id: string): string {
    const message = `refers to unknown ${kind} ${quote(id)}`;
    const uuid = parseUuid(id);
    const ids = kind === "metric" ? this.metricIndexById : this.dataIndexById;
    for (const [other, index] of ids) {
      if (uuid !== undefined && parseUuid(other) === uuid) {
        const target = kind === "metric" ? this.metricLabel(index) : this.dataLabel(index);
        return `${message}: ${target} has the same UUID spelled ${quote(other)}, and ids must match exactly`;
      }
    }
    return message;
  }
}

/** The position of the first occurrence of each key. */
function firstPositions(keys: readonly string[]): Map<string, number> {
  const positions = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!positions.has(key)) positions.set(key, index);
  });
  return positions;
}

/**
 * For each key, the position of an earlier equal key (the first one), or
 * undefined; undefined keys take no part.
 */
export function earlierDuplicates(keys: readonly (string | undefined)[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return keys.map((key, index) => {
    if (key === undefined) return undefined;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    return earlier;
  });
}

function label(name: string, position: string): string {
  return name === "" ? position : `${quote(name)} (${position})`;
}

/** A data type as messages show it: `DOUBLE_SERIES`, `EXTERNAL_FILE`, `NO_DATA_TYPE`, or the number. */
export function dataTypeName(type: number): string {
  if (type === 0) return "NO_DATA_TYPE";
  return MetricsDataTypeNames[type]?.replace(/_DATA_TYPE$/, "") ?? String(type);
}

/** A metric type as messages show it: `LINE_PLOT`, `NO_METRIC_TYPE`, or the number. */
export function metricTypeName(type: number): string {
  if (type === 0) return "NO_METRIC_TYPE";
  return MetricTypeNames[type]?.replace(/_METRIC_TYPE$/, "") ?? String(type);
}

/** Data types joined for a message: `DOUBLE_SERIES or INDEXED_DOUBLE_SERIES`. */
export function dataTypeNames(types: Iterable<number>): string {
  const names = [...types].map(dataTypeName);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

const MAX_QUOTED = 64;

/** A value in double quotes, escaped to stay on one line and shortened when long. */
export function quote(text: string): string {
  const chars = [...text];
  return JSON.stringify(chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join("")}…` : text);
}
