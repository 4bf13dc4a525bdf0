/**
 * The `search` filter of `listBatches`, as the API double understands it:
 * clauses `<field> <op> <value>` joined by ` AND `, where op is `=`, `>` or
 * `<` and the value a double-quoted string or an integer.
 * @module
 */

import type { Batch } from "../../src/api/gen/customerapi.ts";

/** One parsed clause. */
export interface Clause {
  field: string;
  op: "=" | ">" | "<";
  value: string | number;
}

/** How each searchable field reads from a batch, and whether it orders. */
const fields: Record<string, { get: (batch: Batch) => string | number | undefined; kind: "id" | "time" | "int" }> = {
  test_suite_id: { get: (b) => b.testSuiteID, kind: "id" },
  branch_id: { get: (b) => b.branchID, kind: "id" },
  build_id: { get: (b) => b.buildID, kind: "id" },
  batch_id: { get: (b) => b.batchID, kind: "id" },
  system_id: { get: (b) => b.systemID, kind: "id" },
  status: { get: (b) => b.status, kind: "id" },
  created_at: { get: (b) => b.creationTimestamp, kind: "time" },
  test_suite_revision: { get: (b) => b.testSuiteRevision, kind: "int" },
};

/** A search the double rejects with 400. */
export class SearchError extends Error {
  override name = "SearchError";
}

/**
 * Microseconds since the epoch of an RFC 3339 time, also in Python's
 * `str(datetime)` form (space instead of `T`, numeric offset).
 */
export function parseTime(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction = "", zone] = m;
  const offset = zone!.toUpperCase() === "Z" ? 0 : (zone![0] === "-" ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(4, 6)));
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offset * 60_000;
  return ms * 1000 + Number(fraction.padEnd(6, "0").slice(0, 6));
}

/** Parses `search`; throws {@link SearchError} for unknown fields or malformed clauses. */
export function parseSearch(search: string): Clause[] {
  return search.split(" AND ").map((text) => {
    const m = /^\s*([a-z_]+)\s*(=|>|<)\s*(?:"([^"]*)"|(-?\d+))\s*$/.exec(text);
    if (m === null) throw new SearchError(`malformed clause "${text}"`);
    const [, field, op, quoted, integer] = m;
    const spec = fields[field!];
    if (spec === undefined) throw new SearchError(`unknown field "${field}"`);
    if (op !== "=" && spec.kind === "id") throw new SearchError(`field "${field}" supports only "="`);
    if (spec.kind === "time" && (quoted === undefined || parseTime(quoted) === undefined)) throw new SearchError(`bad time in "${text}"`);
    return { field: field!, op: op as Clause["op"], value: quoted ?? Number(integer) };
  });
}

/** Whether `batch` satisfies every clause (time bounds are strict). */
export function matchesSearch(batch: Batch, clauses: readonly Clause[]): boolean {
  return clauses.every(({ field, op, value }) => {
    const spec = fields[field]!;
    const raw = spec.get(batch);
    if (raw === undefined) return false;
    const [left, right] = spec.kind === "time" ? [parseTime(String(raw)), parseTime(String(value))] : [raw, value];
    if (left === undefined || right === undefined) return false;
    return op === "=" ? String(left) === String(right) : op === ">" ? left > right : left < right;
  });
}
