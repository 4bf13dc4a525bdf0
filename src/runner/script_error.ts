/**
 * The error for a user's script that failed: it threw while loading or in
 * its handler, or broke the script contract. It carries the user's own
 * frames so the CLI can show where in their code it went wrong.
 * @module
 */

/** The script failed; `details` are its frames in user files. */
export class ScriptError extends Error {
  override name = "ScriptError";
  /** Absolute path of the script. */
  readonly path: string;
  /** `["    at fn (/path/script.ts:12:5)", …]`, innermost first. */
  readonly details: readonly string[];

  constructor(message: string, path: string, options: ErrorOptions & { details?: readonly string[] } = {}) {
    super(message, options);
    this.path = path;
    this.details = options.details ?? [];
  }
}
