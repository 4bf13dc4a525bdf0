/**
 * Field names as the schema spells them, for messages that point at fields
 * of a decoded message (whose generated properties are camelCase).
 * @module
 */

/**
 * The proto (snake_case) name of a field the generated code names in camelCase.
 *
 * @example
 * ```ts
 * protoFieldName("linePlotMetricValues"); // "line_plot_metric_values"
 * ```
 */
export function protoFieldName(camel: string): string {
  return camel.replace(/[A-Z]/g, (upper) => `_${upper.toLowerCase()}`);
}
