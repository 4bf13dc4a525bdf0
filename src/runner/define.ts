/**
 * The script contract: a metrics script default-exports either one handler
 * for every mode, or `defineMetrics({ test, batch, report })` with a handler
 * per mode. A mode without a handler writes an empty, valid result.
 * @module
 */

import type { BatchContext, MetricsContext, ReportContext, TestContext } from "./context.ts";
import { MODE_NAMES, type ModeName } from "../modes/index.ts";

/** Computes metrics for one mode by adding them to `context.writer`. */
export type Handler<Context> = (context: Context) => void | Promise<void>;

/** A handler per mode; each is optional. */
export interface MetricsHandlers {
  /** Metrics of one test, from `experience/` and `logs/`. */
  readonly test?: Handler<TestContext>;
  /** Metrics over the tests of a batch. */
  readonly batch?: Handler<BatchContext>;
  /** Metrics of a test suite report. */
  readonly report?: Handler<ReportContext>;
}

/** What a script may default-export. */
export type MetricsScript = MetricsHandlers | Handler<MetricsContext>;

/**
 * Declares a script's handlers, typing each one's context.
 *
 * @example
 * ```ts
 * import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";
 *
 * export default defineMetrics({
 *   async test(ctx) {
 *     const log = await ctx.readJson<{ speeds: number[] }>("logs/log.json");
 *     ctx.writer.addScalarMetric("Top speed").withValue(Math.max(...log.speeds))
 *       .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.HIGH_IMPORTANCE);
 *   },
 * });
 * ```
 */
export function defineMetrics(handlers: MetricsHandlers): MetricsHandlers {
  return handlers;
}

/** The script's default export is not a handler or a handlers object. */
export class ScriptContractError extends TypeError {
  override name = "ScriptContractError";
}

/** What to run for `mode`, and notes for the user about the export. */
export interface HandlerChoice {
  /** The handler for the mode, or undefined when the script has none. */
  readonly handler: Handler<MetricsContext> | undefined;
  /** Keys of the handlers object that are not modes (likely typos). */
  readonly unknownKeys: readonly string[];
}

/**
 * Picks the handler for `mode` from a script's exports.
 * @throws {ScriptContractError} when the default export is missing or not a function or handlers object.
 */
export function chooseHandler(exports: Readonly<Record<string, unknown>>, mode: ModeName): HandlerChoice {
  const exported = exports["default"];
  const example = "export default defineMetrics({ test(ctx) { … } })";
  if (exported === undefined) throw new ScriptContractError(`the script has no default export (expected \`${example}\` or a function)`);
  if (typeof exported === "function") return { handler: exported as Handler<MetricsContext>, unknownKeys: [] };
  if (typeof exported !== "object" || exported === null) {
    throw new ScriptContractError(`the default export is ${exported === null ? "null" : `a ${typeof exported}`} (expected \`${example}\` or a function)`);
  }
  const handlers = exported as Record<string, unknown>;
  const handler = handlers[mode];
  if (handler !== undefined && typeof handler !== "function") throw new ScriptContractError(`the "${mode}" handler is a ${typeof handler}, not a function`);
  return {
    handler: handler as Handler<MetricsContext> | undefined,
    unknownKeys: Object.keys(handlers).filter((key) => !(MODE_NAMES as readonly string[]).includes(key)),
  };
}
