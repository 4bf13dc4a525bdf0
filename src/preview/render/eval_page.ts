/**
 * The page `eval --html` writes: one self-contained document with a card
 * per metric: batch metrics first, then each job's test metrics; the
 * emissions lines left out; Plotly inlined only when a card has a chart.
 * @module
 */

import { basename } from "node:path";
import type { EvaluationReport, MetricResult, MetricStatus } from "../../evaluation/index.ts";
import { countOf } from "../../text/index.ts";
import { pageScriptSource } from "./_client.ts";
import { html, trusted, type Html } from "./_html.ts";
import { evalStatusBadges, renderEvalCard, type EmbeddedMedia } from "./eval_card.ts";
import { head, inlineScript } from "./page.ts";

/** What the evaluation cards add to the preview's styles: scrolling tables, NULL cells, videos. */
const evalStyles = ".eval-table{overflow:auto;max-height:480px}.missing-cell{color:var(--muted);font-style:italic}.image video{display:block;width:100%;max-height:420px;border-radius:6px;background:#000}";

/** What the page needs besides the report. */
export interface EvalPageOptions {
  /** The page's title, e.g. the config file and set. */
  readonly title: string;
  /** Plotly's source; needed only when a card has a chart. */
  readonly plotly?: string;
  readonly media: EmbeddedMedia;
  /** URL of a server-sent-events stream whose `change` event reloads the page (preview server only). */
  readonly liveReloadUrl?: string;
}

/**
 * Whether any card of `report` draws a Plotly chart (only then the page carries Plotly).
 *
 * @example
 * ```ts
 * const plotly = evalPageHasCharts(report) ? await plotlySource() : undefined;
 * ```
 */
export function evalPageHasCharts(report: EvaluationReport): boolean {
  return report.results.some((result) => result.view?.kind === "figure" && result.view.figure.data.length > 0);
}

function statusSummary(results: readonly MetricResult[]): Html {
  const counts = new Map<MetricStatus, number>();
  for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  return html`<ul class="summary" aria-label="Results by status">${[...counts].map(([status, count]) => {
    const badge = evalStatusBadges[status];
    return html`<li class="tone-${badge.tone}"><span class="swatch"></span><strong>${count}</strong> ${badge.label}</li>`;
  })}</ul>`;
}

function problems(report: EvaluationReport): Html | false {
  if (report.problems.length === 0) return false;
  return html`<section id="problems" class="problems"><h2>Emissions lines left out <span class="count">${report.problems.length}</span></h2><ul>${report.problems.map(
    (problem) =>
      html`<li class="problem warning"><span class="severity">left out</span><span class="problem-text"><code>${basename(problem.file)}${problem.line === undefined ? "" : `:${problem.line}`}</code>${problem.topic && html`<span class="rule">${problem.topic}</span>`}<span>${problem.message}</span></span></li>`,
  )}</ul></section>`;
}

function section(id: string, title: string, results: readonly MetricResult[], keyPrefix: string, media: EmbeddedMedia): Html {
  return html`<section id="${id}"><h2>${title} <span class="count">${results.length}</span></h2><div class="cards">${results.map((result, i) =>
    renderEvalCard(result, `${keyPrefix}-${i}`, media),
  )}</div></section>`;
}

/**
 * Renders the page of `report`.
 *
 * @example
 * ```ts
 * const page = renderEvalPage(report, { title: "config.resim.yml", plotly: await plotlySource(), media: new Map() });
 * ```
 */
export function renderEvalPage(report: EvaluationReport, options: EvalPageOptions): string {
  const overall = report.results.filter((result) => result.job === undefined);
  const jobs = report.jobs.map((job, j) => ({ id: job.id, index: j, results: report.results.filter((result) => result.job === job.id) })).filter((job) => job.results.length > 0);
  const status = report.passed ? evalStatusBadges.PASSED : { label: "Failing", tone: "block" as const };
  const nav = [
    report.problems.length > 0 && html`<a href="#problems">Left out<span class="count">${report.problems.length}</span></a>`,
    overall.length > 0 && html`<a href="#batch">Batch<span class="count">${overall.length}</span></a>`,
    ...jobs.map((job) => html`<a href="#job-${job.index}">${job.id}<span class="count">${job.results.length}</span></a>`),
  ];
  return html`<!doctype html>
<html lang="en">
<head>
${head(options.title)}
<style>${trusted(evalStyles)}</style>
</head>
<body${options.liveReloadUrl === undefined ? "" : html` data-live="${options.liveReloadUrl}"`}>
<header class="top"><div class="inner">
<div class="brand">ReSim metrics evaluation</div>
<div class="title-row"><h1>${options.title}</h1><span class="pill large tone-${status.tone}">${status.label}</span></div>
<div class="job">${countOf(report.jobs.length, "job")} · ${countOf(report.results.length, "result")} · ${report.timing.totalMs.toFixed(0)} ms</div>
${statusSummary(report.results)}
<nav>${nav}</nav>
</div></header>
<main>
${problems(report)}
${overall.length > 0 && section("batch", "Batch metrics", overall, "b", options.media)}
${jobs.map((job) => section(`job-${job.index}`, `Job ${job.id}`, job.results, `j${job.index}`, options.media))}
${report.results.length === 0 && html`<p class="empty">No metrics to evaluate.</p>`}
</main>
<footer>Evaluated offline by resim-metrics from local emissions; ReSim's own engine may differ (see docs/eval.md).${options.plotly === undefined ? "" : " Charts by Plotly."}</footer>
${options.plotly !== undefined && inlineScript(options.plotly)}
${inlineScript(pageScriptSource())}
</body>
</html>
`.value;
}
