/**
 * Drawing metrics: system templates from the result table's columns, custom
 * Liquid templates from the templates folder, media files looked up by
 * file name in the job's folder (for batch metrics, in every job's folder).
 * @module
 */

import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import type { RenderMetric } from "../evaluate.ts";
import type { InputJob } from "../inputs.ts";
import { renderCustomTemplate } from "./liquid.ts";
import { renderSystemTemplate } from "./system.ts";

export { renderCustomTemplate, templateVariables } from "./liquid.ts";
export { cellText, renderSystemTemplate, systemTemplateColumns } from "./system.ts";

/**
 * The renderer {@link evaluate} calls for each metric with data.
 *
 * @example
 * ```ts
 * const jobs = await findJobs(["runs/"]);
 * const report = await evaluate(plan, jobs, { render: templateRenderer(plan.templatesDir, jobs) });
 * ```
 */
export function templateRenderer(templatesDir: string | undefined, jobs: readonly InputJob[]): RenderMetric {
  return async (metric, table, job) => {
    if (metric.template.kind === "custom") return renderCustomTemplate(templatesDir, metric.template.file, table);
    const folders = job === undefined ? [...new Set(jobs.map((each) => each.folder))] : [job.folder];
    // Media are found by file name only, as ReSim looks them up among the job's files.
    const find = (name: string) => (basename(name) !== name ? undefined : folders.map((folder) => join(folder, name)).find((path) => existsSync(path)));
    return renderSystemTemplate(metric.template.name, metric, table, find);
  };
}
