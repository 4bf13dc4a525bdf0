/**
 * The dashboard's display order of metrics.
 * @module
 */

/** The fields display order depends on. */
export interface Orderable {
  name: string;
  order?: number;
}

/**
 * Compares two metrics for display: set `order` values ascending, ties by
 * name; metrics without an order (or with NaN) after all others, by name.
 * Names compare by UTF-16 code units, so the order is the same everywhere.
 */
export function compareDisplayOrder(a: Orderable, b: Orderable): number {
  const aSet = a.order !== undefined && !Number.isNaN(a.order);
  const bSet = b.order !== undefined && !Number.isNaN(b.order);
  if (aSet !== bSet) return aSet ? -1 : 1;
  if (aSet && bSet && a.order !== b.order) return a.order! < b.order! ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
