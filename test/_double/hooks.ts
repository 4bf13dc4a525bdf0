/**
 * Test lifecycles for the API double: one per suite with a clean log and no
 * faults before each test, or one for the span of a callback. Both fail the
 * test when the double sent an answer that breaks the contract.
 * @module
 */

import { after, before, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startApiDouble, type ApiDouble, type ApiDoubleOptions } from "./server.ts";

async function closeChecked(double: ApiDouble): Promise<void> {
  await double.close();
  assert.deepEqual(double.violations, [], "the double broke the API contract");
}

/** Starts a double before the suite's tests and closes it after them; returns its getter. */
export function useApiDouble(options: () => ApiDoubleOptions): () => ApiDouble {
  let double: ApiDouble | undefined;
  before(async () => {
    double = await startApiDouble(options());
  });
  after(async () => {
    if (double !== undefined) await closeChecked(double);
  });
  beforeEach(() => {
    double!.clearFaults();
    double!.log.length = 0;
  });
  return () => double!;
}

/** Runs `run` against a double started for it alone. */
export async function withApiDouble<T>(options: ApiDoubleOptions, run: (double: ApiDouble) => Promise<T>): Promise<T> {
  const double = await startApiDouble(options);
  try {
    return await run(double);
  } finally {
    await closeChecked(double);
  }
}
