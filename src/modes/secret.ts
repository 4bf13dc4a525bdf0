/**
 * A value that must never be printed: the API token of batch and report
 * configs. Every printable form of a {@link Secret} is `[redacted]`, and
 * {@link redactSecrets} scrubs the values of all secrets created in this
 * process from text about to be shown.
 * @module
 */

/** What a secret prints as. */
export const REDACTED = "[redacted]";

const liveValues = new Set<string>();

/** Values shorter than this are not scrubbed from text: it would mangle ordinary words, and real tokens are long. */
const minScrubbedLength = 8;

/**
 * Holds a sensitive string. `String(secret)`, template literals,
 * `JSON.stringify`, `console.log` and `util.inspect` (Node and Deno) all
 * print `[redacted]`; only {@link Secret.reveal} returns the value.
 */
export class Secret {
  readonly #value: string;

  /** Wraps `value` and remembers it so that {@link redactSecrets} can scrub it. */
  constructor(value: string) {
    this.#value = value;
    if (value.length >= minScrubbedLength) liveValues.add(value);
  }

  /** The secret value, for the one place that needs it (an HTTP header). */
  reveal(): string {
    return this.#value;
  }

  /** Always `[redacted]`. */
  toString(): string {
    return REDACTED;
  }

  /** Always `[redacted]`, so serialised configs never carry the value. */
  toJSON(): string {
    return REDACTED;
  }

  /** Node's `util.inspect` and `console.log`. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return REDACTED;
  }

  /** Deno's `Deno.inspect` and `console.log`. */
  [Symbol.for("Deno.customInspect")](): string {
    return REDACTED;
  }
}

/**
 * `text` with the value of every {@link Secret} created so far (of 8
 * characters or more) replaced by `[redacted]`.
 */
export function redactSecrets(text: string): string {
  let redacted = text;
  for (const value of liveValues) redacted = redacted.replaceAll(value, REDACTED);
  return redacted;
}
