/**
 * The whole preview page: one self-contained HTML document (styles,
 * figures, the page script and, when it draws charts, the charting library,
 * all inline).
 * @module
 */

import type { PreviewModel, StatusCount } from "../model/index.ts";
import { countOf } from "../../text/index.ts";
import { renderCardGrid } from "./_card.ts";
import { pageScriptSource } from "./_client.ts";
import { renderEvents } from "./_events.ts";
import { drawsCharts } from "./_figure.ts";
import { html, trusted, type Html } from "./_html.ts";
import { renderProblems } from "./_problems.ts";
import { styles } from "./_styles.ts";

/** What the page needs besides the model. */
export interface PageOptions {
  /** The Plotly library's source, inlined in the page; asked for only when the page draws a chart. */
  plotly: () => string;
  /** URL of a server-sent-events stream whose `change` event reloads the page (preview server only). */
  liveReloadUrl?: string;
}

function statusSummary(counts: readonly StatusCount[]): Html {
  return html`<ul class="summary" aria-label="Metrics by status">${counts.map(
    ({ status, count }) => html`<li class="tone-${status.tone}"><span class="swatch"></span><strong>${count}</strong> ${status.label}</li>`,
  )}</ul>`;
}

function navLink(href: string, label: string, count: number): Html {
  return html`<a href="${href}">${label}<span class="count">${count}</span></a>`;
}

/** `</script` inside inlined code would end its element early; this spelling means the same in JavaScript. */
function inlineScript(source: string): Html {
  return trusted(`<script>${source.replace(/<\/script/gi, "<\\/script")}</script>`);
}

function head(title: string): Html {
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="resim-metrics preview">
<title>${title} · metrics preview</title>
<style>${trusted(styles)}</style>`;
}

/**
 * The page a preview server shows while the file cannot be previewed (e.g.
 * half-written); it reloads on the next change like the real page.
 */
export function renderErrorPage(title: string, message: string, liveReloadUrl: string): string {
  return html`<!doctype html>
<html lang="en">
<head>
${head(title)}
</head>
<body data-live="${liveReloadUrl}">
<header class="top"><div class="inner"><div class="brand">ReSim metrics preview</div><div class="title-row"><h1>${title}</h1></div><nav></nav></div></header>
<main><section class="problems has-errors"><p class="message">${message}</p><p class="hint">The page reloads when the file changes.</p></section></main>
${inlineScript(pageScriptSource())}
</body>
</html>
`.value;
}

/**
 * Renders the page for `model`.
 *
 * @example
 * const page = renderPreviewPage(buildPreviewModel(source), { plotly: plotlySource });
 */
export function renderPreviewPage(model: PreviewModel, options: PageOptions): string {
  const metricCount = model.metrics.length + model.hiddenMetrics.length;
  const nav = [
    model.problems.length > 0 && navLink("#problems", "Problems", model.problems.length),
    model.events.length > 0 && navLink("#events", "Events", model.events.length),
    navLink("#metrics", "Metrics", model.metrics.length),
    model.hiddenMetrics.length > 0 && navLink("#hidden-metrics", "Hidden", model.hiddenMetrics.length),
  ];
  const hidden =
    model.hiddenMetrics.length > 0 &&
    html`<details id="hidden-metrics" class="hidden-metrics"><summary>Hidden metrics<span class="count">${model.hiddenMetrics.length}</span></summary>${renderCardGrid(model.hiddenMetrics)}</details>`;
  const metrics =
    model.metrics.length > 0 ? renderCardGrid(model.metrics) : html`<p class="empty">No metrics to display.</p>`;
  const content = html`${renderProblems(model.problems)}
${renderEvents(model.events)}
<section id="metrics"><h2>Metrics <span class="count">${model.metrics.length}</span></h2>${metrics}</section>
${hidden}`;
  const charts = drawsCharts(content);
  const page = html`<!doctype html>
<html lang="en">
<head>
${head(model.title)}
</head>
<body${options.liveReloadUrl === undefined ? "" : html` data-live="${options.liveReloadUrl}"`}>
<header class="top"><div class="inner">
<div class="brand">ReSim metrics preview</div>
<div class="title-row"><h1>${model.title}</h1><span class="pill large tone-${model.status.tone}">${model.status.label}</span></div>
<div class="job">Job <code>${model.jobId || "(no job id)"}</code> · ${countOf(metricCount, "metric")} · ${countOf(model.events.length, "event")}</div>
${statusSummary(model.statusCounts)}
<nav>${nav}</nav>
</div></header>
<main>
${content}
</main>
<footer>Drawn offline by resim-metrics as the ReSim app would show this file.${charts && " Charts by Plotly."}</footer>
${charts && html`${inlineScript(options.plotly())}
`}${inlineScript(pageScriptSource())}
</body>
</html>
`;
  return page.value;
}
