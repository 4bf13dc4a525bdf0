/**
 * The protocol between the writer and the objects it packs: how an object
 * turns into its protobuf message and which data it references.
 * @module
 */

import type { MetricsDataId } from "../proto/index.ts";
import type { Entity } from "./_entity.ts";

/** What packing needs from the writer: the id of every object it packs. */
export interface PackContext {
  /** The id of `entity`, fixed from the writer's generator if it has none yet. */
  id(entity: Entity): string;
}

/** Packs a metric, a metrics data or an event into its protobuf message. */
export const pack: unique symbol = Symbol("resim-metrics.pack");

/** The metrics data a metric or data references directly, in field order. */
export const references: unique symbol = Symbol("resim-metrics.references");

/** A `MetricsDataId` message referring to `data`. */
export function dataRef(ctx: PackContext, data: Entity): MetricsDataId {
  return { id: { data: ctx.id(data) } };
}

/** The fields of `fields` that are not `undefined`: optional message fields are written only when set. */
export function present<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
