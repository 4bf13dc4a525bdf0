/**
 * `ScalarMetric`: one number, such as a distance travelled.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import type { EntityOptions } from "./_entity.ts";
import { requireNumber, requireString } from "./_data_checks.ts";
import { present, references, type PackContext } from "./_pack.ts";
import { checkFailureDefinition, packFailureDefinition, type DoubleFailureDefinition } from "./failure_definition.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData } from "./metrics_data.ts";

/**
 * A single value with an optional unit and failure thresholds; no data.
 *
 * @example
 * ```ts
 * writer
 *   .addScalarMetric("Max error")
 *   .withValue(0.02)
 *   .withUnit("m")
 *   .withFailureDefinition({ failsAbove: 0.1, failsBelow: 0 })
 *   .withStatus(MetricStatus.PASSED_METRIC_STATUS)
 *   .withImportance(MetricImportance.HIGH_IMPORTANCE);
 * ```
 */
export class ScalarMetric extends Metric {
  #value: number | undefined;
  #failureDefinition: DoubleFailureDefinition | undefined;
  #unit: string | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("scalar metric", MetricType.SCALAR_METRIC_TYPE, name, options);
  }

  /** The value, if set. */
  get value(): number | undefined {
    return this.#value;
  }
  /** The thresholds of the value, if set. */
  get failureDefinition(): DoubleFailureDefinition | undefined {
    return this.#failureDefinition;
  }
  /** The unit of the value, if set. */
  get unit(): string | undefined {
    return this.#unit;
  }

  /**
   * Sets the value.
   * @throws {MetricsRangeError} if it is NaN
   */
  withValue(value: number): this {
    requireNumber({ owner: this, action: "set value of", field: "value" }, value);
    this.#value = value;
    return this;
  }

  /** Sets the thresholds of the value. */
  withFailureDefinition(definition: DoubleFailureDefinition): this {
    this.#failureDefinition = checkFailureDefinition(this, "set failure definition of", "failureDefinition", definition);
    return this;
  }

  /** Sets the unit of the value, e.g. `"m"`. */
  withUnit(unit: string): this {
    requireString({ owner: this, action: "set unit of", field: "unit" }, unit);
    this.#unit = unit;
    return this;
  }

  override [references](): Iterable<BaseMetricsData> {
    return [];
  }

  protected override packValues(_ctx: PackContext): MetricValuesCase {
    return {
      case: "scalarMetricValues",
      value: present({
        value: this.#value,
        failureDefinition: this.#failureDefinition && packFailureDefinition(this.#failureDefinition),
        unit: this.#unit,
      }),
    };
  }
}
