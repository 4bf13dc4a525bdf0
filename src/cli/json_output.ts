/**
 * How commands print results for tools (`--json`): one JSON document on
 * standard output, on one line unless `--pretty` indents it.
 * @module
 */

/**
 * `value` as the text a `--json` command prints, newline included.
 *
 * @example
 * process.stdout.write(jsonOutput({ valid: true }, options.pretty)); // {"valid":true}\n
 */
export function jsonOutput(value: unknown, pretty: boolean | undefined): string {
  return `${JSON.stringify(value, null, pretty === true ? 2 : undefined)}\n`;
}
