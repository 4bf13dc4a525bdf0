/**
 * The chart metrics with a titled x and y axis: line plots, bar charts and
 * batchwise bar charts.
 * @module
 */

import { requireString, setting } from "./_data_checks.ts";
import { present } from "./_pack.ts";
import { Metric } from "./metric.ts";

/** A metric drawn on two titled axes. */
export abstract class TwoAxisMetric extends Metric {
  #xAxisName: string | undefined;
  #yAxisName: string | undefined;

  /** The x-axis title, if set. */
  get xAxisName(): string | undefined {
    return this.#xAxisName;
  }
  /** The y-axis title, if set. */
  get yAxisName(): string | undefined {
    return this.#yAxisName;
  }

  /** Sets the x-axis title. */
  withXAxisName(name: string): this {
    requireString(setting(this, "xAxisName"), name);
    this.#xAxisName = name;
    return this;
  }

  /** Sets the y-axis title. */
  withYAxisName(name: string): this {
    requireString(setting(this, "yAxisName"), name);
    this.#yAxisName = name;
    return this;
  }

  /** The axis titles that are set, as message fields. */
  protected packAxisNames(): { xAxisName?: string; yAxisName?: string } {
    return present({ xAxisName: this.#xAxisName, yAxisName: this.#yAxisName });
  }
}

/** Sets the axis titles a message has on `metric` (values read back from a file). */
export function restoreAxisNames(metric: TwoAxisMetric, message: { xAxisName?: string; yAxisName?: string }): void {
  if (message.xAxisName !== undefined) metric.withXAxisName(message.xAxisName);
  if (message.yAxisName !== undefined) metric.withYAxisName(message.yAxisName);
}
