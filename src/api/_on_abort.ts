/**
 * Abort callbacks that cost O(1) to add and remove however many share a
 * signal. A batch fetch hangs thousands of waiting requests on one signal;
 * as EventTarget listeners, each addition and removal walks all the others.
 * @module
 */

/** The callbacks of each signal, behind its one listener. */
const callbacksOf = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` when `signal` aborts, unless the returned function was
 * called first. Every callback of a signal hangs on one listener of it.
 *
 * @example
 * const stop = onAbort(signal, () => waiting.delete(waiter));
 * // ... once the waiter is served:
 * stop();
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = callbacksOf.get(signal);
  if (callbacks === undefined) {
    const all = new Set<() => void>();
    callbacks = all;
    callbacksOf.set(signal, all);
    signal.addEventListener(
      "abort",
      () => {
        for (const each of [...all]) each();
        all.clear();
      },
      { once: true },
    );
  }
  const registered = (): void => callback();
  callbacks.add(registered);
  const own = callbacks;
  return () => void own.delete(registered);
}
