/**
 * Several config files as one, by the rules `resim metrics sync` applies:
 * every file is read (even a single one), each file's `global` settings
 * apply to its own metrics, versions must agree, and topics, metrics,
 * metrics sets and dashboards are disjoint across files.
 * @module
 */

import { emptyConfig, type ConfigFile } from "./decode.ts";
import type { MetricsConfig } from "./model.ts";
import type { ConfigPathSegment, ConfigProblem, SourceLocation } from "./problem.ts";

/** The sections whose names must be unique across files, with the word messages use for an entry. */
const NAMED_SECTIONS = [
  ["topics", "topic"],
  ["metrics", "metric"],
  ["metrics sets", "metrics set"],
  ["dashboards", "dashboard"],
] as const;

/** The sections of {@link MetricsConfig} that map names to entries. */
export type ConfigSection = (typeof NAMED_SECTIONS)[number][0];

/** Several files merged into one config, with where each entry came from. */
export interface MergedConfig {
  readonly config: MetricsConfig;
  readonly files: readonly ConfigFile[];
  /** Every file's problems, then the conflicts between files. */
  readonly problems: readonly ConfigProblem[];
  /** Whether some file declares `name` in `section`, even with a malformed entry. */
  declares(section: ConfigSection, name: string): boolean;
  /** The file that defines `name` in `section` (the first, when several do). */
  fileOf(section: ConfigSection, name: string): ConfigFile | undefined;
  /** Where a key path of the merged config is written, in the file that defines it. */
  locate(path: readonly ConfigPathSegment[]): SourceLocation;
}

/**
 * Merges `files` in order. A name defined in two files is an error naming
 * both; the first definition is kept. Versions must be equal (a file without
 * one conflicts with a file that has one).
 *
 * @example
 * const merged = mergeConfigFiles([readConfigFile("base.resim.yml"), readConfigFile("extra.resim.yml")]);
 * for (const problem of merged.problems) console.log(formatConfigProblem(problem));
 */
export function mergeConfigFiles(files: readonly ConfigFile[]): MergedConfig {
  const problems: ConfigProblem[] = files.flatMap((file) => file.problems);
  const owners = new Map<ConfigSection, Map<string, ConfigFile>>(NAMED_SECTIONS.map(([section]) => [section, new Map()]));
  const sections = emptyConfig() as { -readonly [K in ConfigSection]: Record<string, unknown> } & { version?: number };
  let versionFile: ConfigFile | undefined;
  for (const file of files.filter((each) => each.parsed)) {
    const version = file.config.version;
    if (versionFile === undefined) versionFile = file;
    else if (version !== versionFile.config.version) {
      problems.push({
        severity: "error",
        location: file.locate(["version"]),
        path: ["version"],
        message: `${version ?? "none"} here but ${versionFile.config.version ?? "none"} in ${versionFile.file}: every file must declare the same version`,
      });
    }
    for (const [section, noun] of NAMED_SECTIONS) {
      const owner = owners.get(section)!;
      for (const name of file.declared[section]) {
        const first = owner.get(name);
        if (first !== undefined) {
          const at = first.locate([section, name]);
          problems.push({
            severity: "error",
            location: file.locate([section, name]),
            path: [section, name],
            message: `duplicate ${noun} name "${name}": also defined in ${at.file}:${at.line}:${at.column}; names must be unique across config files`,
          });
          continue;
        }
        owner.set(name, file);
        const entry = file.config[section][name];
        if (entry !== undefined) sections[section][name] = entry;
      }
    }
  }
  const firstVersion = versionFile?.config.version;
  const config: MetricsConfig = {
    ...(firstVersion === undefined ? {} : { version: firstVersion }),
    topics: sections.topics as MetricsConfig["topics"],
    metrics: sections.metrics as MetricsConfig["metrics"],
    "metrics sets": sections["metrics sets"] as MetricsConfig["metrics sets"],
    dashboards: sections.dashboards as MetricsConfig["dashboards"],
  };
  const fileOf = (section: ConfigSection, name: string) => owners.get(section)!.get(name);
  return {
    config,
    files,
    problems,
    fileOf,
    declares: (section, name) => owners.get(section)!.has(name),
    locate(path) {
      const [section, name] = path;
      const owner = typeof name === "string" && owners.has(section as ConfigSection) ? fileOf(section as ConfigSection, name) : undefined;
      const file = owner ?? files[0];
      return file === undefined ? { file: "(no config)", line: 1, column: 1 } : file.locate(path);
    },
  };
}

