/**
 * Metrics 2.0 config: the typed model of `config.resim.yml` (topics with
 * typed schemas, SQL metrics, templates, metrics sets, dashboards), reading
 * YAML with every problem located at `file:line:column`, the multi-file
 * merge `resim metrics sync` applies, and the checks `config check` runs.
 * @module
 */

export * from "./model.ts";
export { ConfigError, formatConfigPath, formatConfigProblem, type ConfigPathSegment, type ConfigProblem, type SourceLocation } from "./problem.ts";
export { decodeConfigFile, type ConfigFile } from "./decode.ts";
export { parseYamlSource, type YamlSource } from "./yaml_source.ts";
export { mergeConfigFiles, type ConfigSection, type MergedConfig } from "./merge.ts";
export { DEFAULT_CONFIG_PATH, DEFAULT_TEMPLATES_DIR } from "./paths.ts";
export {
  ConfigReadError,
  loadMetricsConfig,
  readConfigFile,
  resolveConfigPaths,
} from "./load.ts";
export { checkMetricsConfig, topicBlockers, type CheckOptions } from "./check.ts";
export { toConfigYaml } from "./to_yaml.ts";
