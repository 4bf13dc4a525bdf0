/**
 * The TypeScript side of a config's topics: an interface that generated
 * declarations fill in (`resim-metrics types --config`), so that an emission
 * that does not match its topic's schema fails type checking before it runs.
 * @module
 */

import type { NumericArray } from "../sdk/series_kind.ts";
import type { EmissionData } from "./schema_check.ts";

/**
 * Topic name → data type, for every topic of the project's config. Empty
 * here; `resim-metrics types --config <files>` prints declarations that add
 * the config's topics to it, after which {@link Emitter} accepts only those
 * topics and their exact fields.
 *
 * @example
 * // What the generated declarations contain for `position: {schema: {x: float, y: float}}`:
 * declare module "resim-metrics/internal/emissions/topics" {
 *   interface EmissionTopics {
 *     position: { x: number | bigint; y: number | bigint };
 *   }
 * }
 */
export interface EmissionTopics {}

/**
 * Event topic name → data type: the topics with `event: true`, which
 * {@link Emitter.emitEvent} writes to. Filled in like {@link EmissionTopics}.
 *
 * @example
 * declare module "resim-metrics/internal/emissions/topics" {
 *   interface EmissionEventTopics {
 *     crashes: { name: string; description: string; status: string; tags: readonly string[]; metrics: readonly unknown[] };
 *   }
 * }
 */
export interface EmissionEventTopics {}

/** Whether generated declarations have filled in the topics. */
type Configured = [keyof EmissionTopics | keyof EmissionEventTopics] extends [never] ? false : true;

/**
 * The topics an {@link Emitter} accepts by default: the generated ones, or
 * any topic with any data when there are none.
 *
 * @example
 * const emitter: Emitter<DefaultTopics> = new Emitter();
 */
export type DefaultTopics = Configured extends true ? EmissionTopics & EmissionEventTopics : Record<string, EmissionData>;

/**
 * The event topics an {@link Emitter} accepts by default.
 *
 * @example
 * const emitter: Emitter<DefaultTopics, DefaultEventTopics> = new Emitter();
 */
export type DefaultEventTopics = Configured extends true ? EmissionEventTopics : Record<string, EmissionData>;

/**
 * The data of a series: each field's values as a list (or a typed array).
 *
 * @example
 * const series: SeriesData<{ x: number; y: number }> = { x: [1, 2], y: new Float64Array([3, 4]) };
 */
export type SeriesData<T> = { readonly [F in keyof T]: readonly T[F][] | (unknown extends T[F] ? TypedNumbers : [T[F]] extends [number | bigint] ? TypedNumbers : never) };

/** The typed arrays a numeric series may be given as. */
type TypedNumbers = NumericArray | BigInt64Array | BigUint64Array;
