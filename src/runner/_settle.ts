/**
 * Awaiting a script's handler so that a run cannot end silently. Node ends
 * the process once nothing is left to run, even while a promise is pending,
 * so a handler whose promise never settles would end `run` with exit code 0,
 * no message and no output file. Here it fails as a broken script contract.
 * @module
 */

import { ScriptContractError } from "./define.ts";

/**
 * Settles as `result` does, or rejects with a {@link ScriptContractError}
 * when the event loop empties while `result` is still pending.
 *
 * @example
 * ```ts
 * await settledOrStalled(handler(ctx)); // never resolves silently
 * ```
 */
export function settledOrStalled<T>(result: T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stalled = (): void => {
      reject(new ScriptContractError("the handler never finished: its promise was still pending when nothing was left to run (make it resolve once its work is done); nothing was written"));
    };
    process.once("beforeExit", stalled);
    Promise.resolve(result)
      .then(resolve, reject)
      .finally(() => process.removeListener("beforeExit", stalled));
  });
}
