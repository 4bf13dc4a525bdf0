/**
 * One value data and its statuses, for the metrics that show a single
 * series (histograms, double summaries): set in either order; whether they
 * agree is checked when the metric is written.
 * @module
 */

import { requireKind, type Call, type PerCategory } from "./_data_checks.ts";
import type { MetricsData } from "./metrics_data.ts";

/** The value data of a metric and the statuses aligned with it. */
export class ValueStatusPair {
  readonly #valuesRole: string;
  readonly #perCategory: PerCategory;
  #values: MetricsData<"double"> | undefined;
  #statuses: MetricsData<"status"> | undefined;

  /** `valuesRole` names the value data in messages, e.g. `"value data"`. */
  constructor(valuesRole: string, perCategory: PerCategory) {
    this.#valuesRole = valuesRole;
    this.#perCategory = perCategory;
  }

  /** The value data, if set. */
  get values(): MetricsData<"double"> | undefined {
    return this.#values;
  }
  /** The status data, if set. */
  get statuses(): MetricsData<"status"> | undefined {
    return this.#statuses;
  }

  /** Sets the values after checking they are doubles. */
  setValues(call: Call, values: unknown): void {
    requireKind(call, this.#valuesRole, values, "double", this.#perCategory);
    this.#values = values;
  }

  /** Sets the statuses after checking they are status data. */
  setStatuses(call: Call, statuses: unknown): void {
    requireKind(call, "status data", statuses, "status", this.#perCategory);
    this.#statuses = statuses;
  }

  /** The values, then the statuses, those that are set. */
  *data(): Iterable<MetricsData> {
    if (this.#values !== undefined) yield this.#values;
    if (this.#statuses !== undefined) yield this.#statuses;
  }
}
