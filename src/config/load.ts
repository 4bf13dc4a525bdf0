/**
 * Finding and reading config files: the default location, the `.yml` /
 * `.yaml` twin of a literal path, glob patterns, and the synchronous read
 * that gives each file its typed config and problems.
 * @module
 */

import { existsSync, globSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { readFailure } from "../files/index.ts";
import { decodeConfigFile, type ConfigFile } from "./decode.ts";
import { mergeConfigFiles, type MergedConfig } from "./merge.ts";
import { DEFAULT_CONFIG_PATH } from "./paths.ts";
import { parseYamlSource } from "./yaml_source.ts";

/**
 * A config file that cannot be read at all (missing, a folder, no
 * permission, a pattern matching nothing), as opposed to one that reads but
 * has problems.
 *
 * @example
 * try {
 *   resolveConfigPaths(["nope.yml"]);
 * } catch (error) {
 *   if (error instanceof ConfigReadError) console.error(error.message);
 * }
 */
export class ConfigReadError extends Error {
  override name = "ConfigReadError";
}

/**
 * The files `paths` name, in order: a path with `*`, `?` or `[` is a glob
 * (sorted matches); a literal path that does not exist is tried with the
 * other extension (`.yml` ↔ `.yaml`). No paths means the default config.
 *
 * @example
 * resolveConfigPaths([]); // [".resim/metrics/config.resim.yml"] (or the .yaml twin)
 * resolveConfigPaths(["configs/*.resim.yml"]);
 */
export function resolveConfigPaths(paths: readonly string[], cwd = process.cwd()): string[] {
  const wanted = paths.length === 0 ? [DEFAULT_CONFIG_PATH] : paths;
  return wanted.flatMap((path) => {
    if (/[*?[]/.test(path)) {
      const matches = globSync(path, { cwd }).sort();
      if (matches.length === 0) throw new ConfigReadError(`The pattern "${path}" matches no config file.`);
      return matches;
    }
    if (existsSync(resolve(cwd, path))) return [path];
    const twin = path.replace(/\.(ya?ml)$/, (_, ext: string) => (ext === "yml" ? ".yaml" : ".yml"));
    if (twin !== path && existsSync(resolve(cwd, twin))) return [twin];
    const also = twin === path ? "" : ` (nor "${twin}")`;
    const hint = paths.length === 0 ? "; run from the project root or name the config files" : "";
    throw new ConfigReadError(`Cannot read "${path}"${also}: no such file or directory${hint}.`);
  });
}

/**
 * Reads and checks one config file (`path` relative to `cwd`; messages name
 * it as given). Throws {@link ConfigReadError} when it
 * cannot be read; YAML and shape problems are in the result.
 *
 * @example
 * const file = readConfigFile(".resim/metrics/config.resim.yml");
 * Object.keys(file.config.topics);
 */
export function readConfigFile(path: string, cwd = process.cwd()): ConfigFile {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    if (statSync(absolute).isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    throw new ConfigReadError(`Cannot read "${path}": ${readFailure(error)}.`, { cause: error });
  }
  return decodeConfigFile(parseYamlSource(path, text));
}

/**
 * Resolves, reads and merges the config files `paths` name (the default
 * config when empty). Problems are in the result; only unreadable files throw.
 *
 * @example
 * const merged = loadMetricsConfig(["base.resim.yml", "extra.resim.yml"]);
 * if (merged.problems.some((p) => p.severity === "error")) process.exitCode = 1;
 */
export function loadMetricsConfig(paths: readonly string[], cwd = process.cwd()): MergedConfig {
  return mergeConfigFiles(resolveConfigPaths(paths, cwd).map((path) => readConfigFile(path, cwd)));
}
