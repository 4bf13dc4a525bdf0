/**
 * A config as the YAML `config merge` prints and sync would upload: the
 * sections in a fixed order, entries in the order the files give them.
 * @module
 */

import { yaml } from "./yaml_module.ts";
import type { MetricsConfig } from "./model.ts";

/**
 * The YAML text of `config`. Empty sections are left out, as is a missing version.
 *
 * @example
 * toConfigYaml({ version: 1, topics: { speed: { schema: { v: "float" } } }, metrics: {}, "metrics sets": {}, dashboards: {} });
 * // "version: 1\ntopics:\n  speed:\n    schema:\n      v: float\n"
 */
export function toConfigYaml(config: MetricsConfig): string {
  const document: Record<string, unknown> = {};
  if (config.version !== undefined) document["version"] = config.version;
  for (const section of ["topics", "metrics", "metrics sets", "dashboards"] as const) {
    if (Object.keys(config[section]).length > 0) document[section] = { ...config[section] };
  }
  return yaml().stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
