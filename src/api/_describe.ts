/**
 * Names what an API call was doing, for error messages, from its path
 * template: `list jobs of batch "…"`, `get report "…"`.
 * @module
 */

/** "metricsData" → "metrics data". */
function words(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function placeholderName(segment: string): string | undefined {
  return /^\{(.+)\}$/.exec(segment)?.[1];
}

/** The resource a placeholder stands for, with its value: `batch "…"`. */
function resource(name: string, params: Readonly<Record<string, unknown>>): string {
  const value = params[name];
  const shown = Array.isArray(value) ? value.join(",") : String(value);
  return `${words(name.replace(/ID$/, ""))} "${shown}"`;
}

/**
 * The action of `operation` on `template` filled with `params`, completing
 * "Cannot …": `list jobs of batch "b"`, `get build "x"`, `list projects`,
 * `call health`.
 */
export function describeOperation(operation: string, template: string, params: Readonly<Record<string, unknown>>): string {
  const verb = /^(list|get)[A-Z]/.exec(operation)?.[1];
  if (verb === undefined) return `call ${operation}`;
  const segments = template.split("/").filter((segment) => segment !== "");
  const last = segments.at(-1) ?? "";
  const lastName = placeholderName(last);
  if (lastName !== undefined) return `${verb} ${resource(lastName, params)}`;
  const owner = segments.map(placeholderName).findLast((name) => name !== undefined);
  return owner === undefined ? `${verb} ${words(last)}` : `${verb} ${words(last)} of ${resource(owner, params)}`;
}
