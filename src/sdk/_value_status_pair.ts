/**
 * One value data and its statuses, for the metrics that show a single
 * series (histograms, double summaries): set in either order, each checked
 * against the other.
 * @module
 */

import { requireKind, requireStatusesFor, type Call, type PerCategory } from "./_data_checks.ts";
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

  /**
   * Sets the values after checking they are doubles aligned with the
   * statuses, if set, and passing the metric's own `check`.
   */
  setValues(call: Call, values: unknown, check?: (values: MetricsData<"double">) => void): void {
    requireKind(call, this.#valuesRole, values, "double", this.#perCategory);
    if (this.#statuses !== undefined) requireStatusesFor(call, this.#valuesRole, values, this.#statuses);
    check?.(values);
    this.#values = values;
  }

  /** Sets the statuses after checking they are status data aligned with the values, if set. */
  setStatuses(call: Call, statuses: unknown): void {
    requireKind(call, "status data", statuses, "status", this.#perCategory);
    if (this.#values !== undefined) requireStatusesFor(call, this.#valuesRole, this.#values, statuses);
    this.#statuses = statuses;
  }

  /** The values, then the statuses, those that are set. */
  *data(): Iterable<MetricsData> {
    if (this.#values !== undefined) yield this.#values;
    if (this.#statuses !== undefined) yield this.#statuses;
  }
}
