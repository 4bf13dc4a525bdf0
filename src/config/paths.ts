/**
 * Where a project keeps its Metrics 2.0 config and templates. A module of
 * its own, with no imports, so command help can name them without loading
 * the YAML reader.
 * @module
 */

/** Where a project keeps its metrics config, relative to its root. */
export const DEFAULT_CONFIG_PATH = ".resim/metrics/config.resim.yml";

/** Where custom `.liquid` templates live, relative to the project root. */
export const DEFAULT_TEMPLATES_DIR = ".resim/metrics/templates";
