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
  const callbacks = callbacksOf.get(signal) ?? listenTo(signal);
  // A registration of its own, so that the same callback given twice is two registrations.
  const registered = (): void => callback();
  callbacks.add(registered);
  return () => void callbacks.delete(registered);
}

/** The callbacks of `signal`, empty, behind the one listener that calls them when it aborts. */
function listenTo(signal: AbortSignal): Set<() => void> {
  const callbacks = new Set<() => void>();
  callbacksOf.set(signal, callbacks);
  signal.addEventListener(
    "abort",
    () => {
      for (const each of [...callbacks]) each();
      callbacks.clear();
    },
    { once: true },
  );
  return callbacks;
}
