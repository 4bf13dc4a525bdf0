/**
 * The error for a user's script that failed: it threw while loading or in
 * its handler, or broke the script contract. It carries the user's own
 * frames so the CLI can show where in their code it went wrong.
 * @module
 */

import { PathError } from "./_path_error.ts";

/** The script at `path` failed; `details` say where (its frames) or why (the rules its metrics break). */
export class ScriptError extends PathError {
  override name = "ScriptError";
  /** `["    at fn (/path/script.ts:12:5)", …]`, innermost first, or one line per violated rule. */
  readonly details: readonly string[];

  constructor(message: string, path: string, options: ErrorOptions & { details?: readonly string[] } = {}) {
    super(message, path, options);
    this.details = options.details ?? [];
  }
}
