/**
 * What checking a config finds: problems located by file, line, column and
 * the key path inside the document, printed one per line.
 * @module
 */

/** One step of a key path: a map key or a list index. */
export type ConfigPathSegment = string | number;

/** Where in a config file something is: 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A problem found in a config. Errors make the config unusable (the server
 * would refuse it, or it cannot be read); warnings flag what is probably a
 * mistake but may be accepted.
 *
 * @example
 * const problem: ConfigProblem = {
 *   severity: "error",
 *   location: { file: "config.resim.yml", line: 7, column: 5 },
 *   path: ["metrics", "Top Speed", "template"],
 *   message: 'unknown system template "lines"',
 * };
 * formatConfigProblem(problem);
 * // config.resim.yml:7:5: error: metrics › Top Speed › template: unknown system template "lines"
 */
export interface ConfigProblem {
  readonly severity: "error" | "warning";
  readonly location: SourceLocation;
  /** Key path from the document root; empty for the document itself. */
  readonly path: readonly ConfigPathSegment[];
  /** What is wrong and what to do, in one line. */
  readonly message: string;
}

/**
 * A key path as people read it: `metrics › Top Speed › status › warn`, list items as `[2]`.
 *
 * @example
 * formatConfigPath(["metrics sets", "Main", "metrics", 2]); // "metrics sets › Main › metrics › [2]"
 */
export function formatConfigPath(path: readonly ConfigPathSegment[]): string {
  return path.map((segment) => (typeof segment === "number" ? `[${segment}]` : segment)).join(" › ");
}

/**
 * One line, as compilers print: `file:line:column: severity: path: message`
 * (without the path for the whole document). `style.severity` may colour the severity.
 *
 * @example
 * formatConfigProblem({ severity: "error", location: { file: "c.yml", line: 1, column: 1 }, path: [], message: "the config is empty" });
 * // "c.yml:1:1: error: the config is empty"
 */
export function formatConfigProblem(problem: ConfigProblem, style: { severity?(severity: ConfigProblem["severity"]): string } = {}): string {
  const { file, line, column } = problem.location;
  const where = problem.path.length === 0 ? "" : `${formatConfigPath(problem.path)}: `;
  const severity = style.severity?.(problem.severity) ?? problem.severity;
  return `${file}:${line}:${column}: ${severity}: ${where}${problem.message}`;
}

/**
 * A config that cannot be used, thrown where the work cannot go on (the
 * Emitter's constructor, for one). `problems` lists every error; the message
 * is the first, with a count of the rest.
 *
 * @example
 * try {
 *   new Emitter({ config: "config.resim.yml" });
 * } catch (error) {
 *   if (error instanceof ConfigError) for (const problem of error.problems) console.error(formatConfigProblem(problem));
 * }
 */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? "" : "s"})` : "";
    super(first === undefined ? "invalid metrics config" : `${formatConfigProblem(first)}${more}`);
    this.problems = problems;
  }
}
