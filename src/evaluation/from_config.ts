/**
 * The evaluation plan of a metrics config: its topics as tables, and the
 * metrics of the chosen metrics set (every metric when none is chosen), in
 * the set's order.
 * @module
 */

import type { MetricsConfig } from "../config/index.ts";
import type { EvaluationPlan, PlannedMetric } from "./plan.ts";

/**
 * A metrics set the config does not have.
 *
 * @example
 * ```ts
 * throw new UnknownMetricsSetError('The config has no metrics set "Nightly" (its sets: "Drive")');
 * ```
 */
export class UnknownMetricsSetError extends Error {
  override name = "UnknownMetricsSetError";
}

/**
 * The plan for `config`: every topic, and the metrics of set `set` (all
 * metrics, in config order, without one).
 *
 * @example
 * const plan = planFromConfig(loadMetricsConfig(["config.resim.yml"]).config, { set: "Drone Flight Metrics", templatesDir: ".resim/metrics/templates" });
 * @throws {UnknownMetricsSetError} when `set` is not a metrics set of the config
 */
export function planFromConfig(config: MetricsConfig, options: { set?: string | undefined; templatesDir: string }): EvaluationPlan {
  const sets = config["metrics sets"];
  let names = Object.keys(config.metrics);
  if (options.set !== undefined) {
    const set = Object.hasOwn(sets, options.set) ? sets[options.set] : undefined;
    if (set === undefined) {
      const known = Object.keys(sets);
      throw new UnknownMetricsSetError(`The config has no metrics set "${options.set}" (${known.length === 0 ? "it has none" : `its sets: ${known.map((name) => `"${name}"`).join(", ")}`})`);
    }
    names = set.metrics.filter((name) => Object.hasOwn(config.metrics, name));
  }
  const metrics = names.map((name): PlannedMetric => {
    const metric = config.metrics[name]!;
    return {
      name,
      type: metric.type,
      query: metric.query_string,
      template: metric.template_type === "custom" ? { kind: "custom", file: metric.template_file ?? "" } : { kind: "system", name: metric.template ?? "" },
      skipIfNoData: metric.skip_if_no_data === true,
      ...(metric.description === undefined ? {} : { description: metric.description }),
      ...(metric.units === undefined ? {} : { units: metric.units }),
      ...(metric.status === undefined ? {} : { status: { query: metric.status.query_string, block: metric.status.block, warn: metric.status.warn } }),
      ...(metric.template_settings === undefined ? {} : { templateSettings: metric.template_settings }),
    };
  });
  const topics = Object.entries(config.topics).map(([name, topic]) => ({
    name,
    fields: Object.entries(topic.schema).map(([field, type]) => ({ name: field, type })),
  }));
  return { topics, metrics, templatesDir: options.templatesDir };
}
