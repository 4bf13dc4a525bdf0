/**
 * The names of the three modes, apart from detection so that the CLI's
 * option definitions (read by every command as it starts) need not load it.
 * @module
 */

/**
 * The three modes a metrics build runs in.
 *
 * @example
 * ```ts
 * const mode: ModeName = "test";
 * ```
 */
export type ModeName = "test" | "batch" | "report";

/**
 * Every mode name, for flag validation and help.
 *
 * @example
 * ```ts
 * MODE_NAMES.includes("batch"); // true
 * ```
 */
export const MODE_NAMES: readonly ModeName[] = ["test", "batch", "report"];
