/**
 * A counting semaphore: at most `concurrency` tasks run at once, the others
 * wait in arrival order. The client runs every HTTP request through one.
 * @module
 */

/** Runs tasks with bounded concurrency. */
export interface Limiter {
  /** Runs `task` once a slot is free; rejects with `signal.reason` if aborted while waiting. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** A limiter with `concurrency` slots. */
export function createLimiter(concurrency: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];

  function acquire(signal: AbortSignal | undefined): Promise<void> {
    if (active < concurrency) {
      active++;
      return Promise.resolve();
    }
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener("abort", onAbort);
        active++;
        resolve();
      };
      const onAbort = (): void => {
        waiting.splice(waiting.indexOf(grant), 1);
        reject(signal!.reason);
      };
      waiting.push(grant);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  function release(): void {
    active--;
    waiting.shift()?.();
  }

  return {
    async run(task, signal) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
