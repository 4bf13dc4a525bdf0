/**
 * The checks that need the whole merged config or the disk: metrics sets
 * and dashboards naming what exists, metrics that no set runs, and custom
 * template files present in the templates folder.
 * @module
 */

import { readdirSync } from "node:fs";
import type { MergedConfig } from "./merge.ts";
import type { ConfigPathSegment, ConfigProblem } from "./problem.ts";

/** Where the check looks for custom templates. */
export interface CheckOptions {
  /** The templates folder; custom templates are `*.liquid` files at its top level. */
  readonly templatesDir: string;
}

/**
 * The problems of `merged` (each file's, the merge's) plus the cross-reference
 * and template-file checks, in file order.
 *
 * @example
 * const problems = checkMetricsConfig(loadMetricsConfig([]), { templatesDir: DEFAULT_TEMPLATES_DIR });
 * const clean = problems.every((problem) => problem.severity === "warning");
 */
export function checkMetricsConfig(merged: MergedConfig, options: CheckOptions): ConfigProblem[] {
  const problems: ConfigProblem[] = [...merged.problems];
  const add = (severity: ConfigProblem["severity"], path: readonly ConfigPathSegment[], message: string) =>
    problems.push({ severity, location: merged.locate(path), path, message });
  const { metrics, dashboards } = merged.config;
  const sets = merged.config["metrics sets"];
  const declared = (section: "metrics" | "metrics sets") => merged.files.flatMap((file) => file.declared[section]);
  const inSomeSet = new Set<string>();
  for (const [setName, set] of Object.entries(sets)) {
    set.metrics.forEach((name, index) => {
      inSomeSet.add(name);
      if (!merged.declares("metrics", name)) add("error", ["metrics sets", setName, "metrics", index], `no metric is named "${name}"${nearName(name, declared("metrics"))}`);
    });
  }
  for (const [name, dashboard] of Object.entries(dashboards)) {
    const set = Object.hasOwn(sets, dashboard.metrics_set) ? sets[dashboard.metrics_set] : undefined;
    if (!merged.declares("metrics sets", dashboard.metrics_set)) {
      add("error", ["dashboards", name, "metrics_set"], `no metrics set is named "${dashboard.metrics_set}"${nearName(dashboard.metrics_set, declared("metrics sets"))}`);
      continue;
    }
    for (const metric of set?.metrics ?? []) {
      const type = Object.hasOwn(metrics, metric) ? metrics[metric]?.type : undefined;
      if (type !== undefined && type !== "dashboard") {
        add("warning", ["dashboards", name, "metrics_set"], `metric "${metric}" of set "${dashboard.metrics_set}" has type ${type}; a dashboard runs metrics of type dashboard`);
      }
    }
  }
  for (const name of declared("metrics")) {
    if (!inSomeSet.has(name)) add("warning", ["metrics", name], "no metrics set lists this metric, so it never runs");
  }
  const templates = templateFiles(options.templatesDir);
  for (const [name, metric] of Object.entries(metrics)) {
    const file = metric.template_file;
    if (metric.template_type !== "custom" || file === undefined || !/\.liquid$/i.test(file)) continue;
    if (!templates.has(file)) {
      const where = templates.size === 0 ? `${options.templatesDir} has no .liquid files` : `${options.templatesDir} has ${[...templates].join(", ")}`;
      add("error", ["metrics", name, "template_file"], `template file "${file}" not found: ${where}`);
    }
  }
  return problems.sort((a, b) => fileRank(merged, a) - fileRank(merged, b) || a.location.line - b.location.line || a.location.column - b.location.column);
}

/**
 * The problems that make `merged`'s topics unusable for checking emissions:
 * broken YAML or document shape, a malformed topic, and (with several files)
 * a version conflict or a name defined twice. Problems of metrics, sets and
 * dashboards do not stop emissions from being checked.
 *
 * @example
 * const blocking = topicBlockers(loadMetricsConfig(["config.resim.yml"]));
 * if (blocking.length > 0) throw new ConfigError(blocking);
 */
export function topicBlockers(merged: MergedConfig): ConfigProblem[] {
  const several = merged.files.length > 1;
  return merged.problems.filter(
    (problem) => problem.severity === "error" && (problem.path.length === 0 || problem.path[0] === "topics" || (several && problem.path[0] === "version")),
  );
}

/** The `.liquid` files at the top level of `dir` (none when it does not exist). */
function templateFiles(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.liquid$/i.test(entry.name))
        .map((entry) => entry.name),
    );
  } catch {
    return new Set();
  }
}

function fileRank(merged: MergedConfig, problem: ConfigProblem): number {
  return merged.files.findIndex((file) => file.file === problem.location.file);
}

/** `; did you mean "X"?` when a name differs from a known one only in case or spacing. */
function nearName(name: string, known: readonly string[]): string {
  const fold = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, " ").trim();
  const near = known.find((candidate) => fold(candidate) === fold(name));
  return near === undefined ? "" : `; did you mean "${near}"?`;
}
