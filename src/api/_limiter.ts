/**
 * A counting semaphore: at most `concurrency` tasks run at once; the others
 * wait, lowest priority number first and in arrival order among equals. The
 * client runs every HTTP attempt through one, so a request waiting out a
 * backoff holds no slot, and a batch fetch's retry of the job its consumer
 * waits for is not queued behind the requests of later jobs.
 * @module
 */

import { onAbort } from "./_on_abort.ts";

/** How a task waits for its slot. */
export interface LimiterOptions {
  /** Rejects the wait with `signal.reason` when aborted. */
  signal?: AbortSignal | undefined;
  /** Lower numbers get a free slot first; ties go in arrival order. @default 0 */
  priority?: number | undefined;
}

/** Runs tasks with bounded concurrency. */
export interface Limiter {
  /** Runs `task` once a slot is free for it. */
  run<T>(task: () => Promise<T>, options?: LimiterOptions): Promise<T>;
}

interface Waiter {
  readonly priority: number;
  readonly arrival: number;
  readonly grant: () => void;
}

/**
 * A limiter with `concurrency` slots.
 *
 * @example
 * const limiter = createLimiter(16);
 * // Job 3's download waits behind job 0's and job 1's, whenever each was queued.
 * const body = await limiter.run(() => download(url), { signal, priority: 3 });
 */
export function createLimiter(concurrency: number): Limiter {
  let active = 0;
  let arrivals = 0;
  /** Sorted by (priority, arrival): the next to run first. */
  const waiting: Waiter[] = [];

  /** Where `waiter` goes so that `waiting` stays sorted (binary search). */
  function insertionPoint(waiter: Waiter): number {
    let low = 0;
    let high = waiting.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = waiting[middle]!;
      if (other.priority < waiter.priority || (other.priority === waiter.priority && other.arrival < waiter.arrival)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function acquire(options: LimiterOptions | undefined): Promise<void> {
    if (active < concurrency && waiting.length === 0) {
      active++;
      return Promise.resolve();
    }
    const signal = options?.signal;
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        priority: options?.priority ?? 0,
        arrival: arrivals++,
        grant: () => {
          stopWaiting?.();
          active++;
          resolve();
        },
      };
      waiting.splice(insertionPoint(waiter), 0, waiter);
      const stopWaiting =
        signal &&
        onAbort(signal, () => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(signal.reason);
        });
    });
  }

  function release(): void {
    active--;
    waiting.shift()?.grant();
  }

  return {
    async run(task, options) {
      await acquire(options);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
