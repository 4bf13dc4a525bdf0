/**
 * Silencing the ExperimentalWarnings Node prints for the mechanisms the
 * script loader relies on (`vm.USE_MAIN_CONTEXT_DEFAULT_LOADER`,
 * `module.stripTypeScriptTypes`): they concern us, not the user.
 * @module
 */

/** Runs `fn` with ExperimentalWarnings dropped; other warnings still print. */
export function withoutExperimentalWarnings<T>(fn: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]): void {
    const [typeOrOptions] = rest;
    const type = typeof typeOrOptions === "string" ? typeOrOptions : (typeOrOptions as { type?: string } | undefined)?.type;
    if (type === "ExperimentalWarning") return;
    Reflect.apply(emitWarning, this, [warning, ...rest]);
  } as typeof process.emitWarning;
  try {
    return fn();
  } finally {
    process.emitWarning = emitWarning;
  }
}
