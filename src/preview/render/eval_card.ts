/**
 * A card for one metric of an `eval` run: name, scope, status, what failed
 * and where, notes, and the body its template made (a chart, a value, a
 * table, media), with the thresholds tried and the timing underneath. A
 * card is never blank: a failure, an empty result and a hidden metric each
 * say so.
 * @module
 */

import type { MediaFile, MetricResult, MetricStatus, MetricView } from "../../evaluation/index.ts";
import { cellText } from "../../evaluation/index.ts";
import type { StatusTone } from "../model/index.ts";
import { baseLayout, chart } from "./_figure.ts";
import { formatNumber } from "./_format.ts";
import { html, type Html } from "./_html.ts";
import { countOf } from "../../text/index.ts";

/** How the page labels and colours each evaluation status. */
export const evalStatusBadges: Readonly<Record<MetricStatus, { label: string; tone: StatusTone }>> = {
  PASSED: { label: "Passed", tone: "passed" },
  FAIL_WARN: { label: "Warning", tone: "warn" },
  FAIL_BLOCK: { label: "Blocking", tone: "block" },
  NO_DATA: { label: "No data", tone: "none" },
  QUERY_ERROR: { label: "Query error", tone: "block" },
  RENDER_ERROR: { label: "Render error", tone: "block" },
  ERROR: { label: "Error", tone: "block" },
};

/** Rows a table card shows before saying how many more there are. */
const shownRows = 200;

/** Media the page embeds, by path: a `data:` URL, or why it is not embedded. */
export type EmbeddedMedia = ReadonlyMap<string, { readonly src: string } | { readonly reason: string }>;

function cellHtml(cell: unknown): Html | string {
  if (typeof cell === "number") return formatNumber(cell);
  if (cell === null) return html`<span class="missing-cell">NULL</span>`;
  return cellText(cell as never);
}

function tableHtml(columns: readonly string[], rows: readonly (readonly unknown[])[]): Html {
  const more = rows.length > shownRows && html`<p class="note">${rows.length - shownRows} more rows not shown (--json lists them).</p>`;
  return html`<div class="eval-table"><table class="summary-table"><thead><tr>${columns.map((name) => html`<th>${name}</th>`)}</tr></thead><tbody>${rows
    .slice(0, shownRows)
    .map((row) => html`<tr>${row.map((cell) => html`<td class="${typeof cell === "number" ? "number" : ""}">${cellHtml(cell)}</td>`)}</tr>`)}</tbody></table></div>${more}`;
}

function mediaHtml(kind: "image" | "video" | "artifact", file: MediaFile, media: EmbeddedMedia): Html {
  const embedded = file.path === undefined ? { reason: "not found beside the job's emissions" } : (media.get(file.path) ?? { reason: "not embedded" });
  if (kind === "artifact" || "reason" in embedded) {
    const reason = "reason" in embedded ? embedded.reason : "an artifact";
    return html`<figure class="image missing-file"><div class="placeholder">${file.name}: ${reason}</div><figcaption>${file.name}</figcaption></figure>`;
  }
  const element = kind === "image" ? html`<img src="${embedded.src}" alt="${file.name}">` : html`<video src="${embedded.src}" controls preload="metadata"></video>`;
  return html`<figure class="image">${element}<figcaption>${file.name}</figcaption></figure>`;
}

function viewHtml(view: MetricView, key: string, media: EmbeddedMedia): Html {
  switch (view.kind) {
    case "figure":
      if (view.figure.data.length === 0) return html`<p class="empty">The template drew no traces.</p>`;
      return chart(key, { data: [...view.figure.data], layout: baseLayout({ height: 320, ...view.figure.layout, autosize: true }) });
    case "scalar":
      return html`<p class="big-value">${view.value === null ? html`<span class="missing">NULL</span>` : cellHtml(view.value)}${view.units === "" ? "" : html` <span class="unit">${view.units}</span>`}</p>`;
    case "table":
      return tableHtml(view.columns, view.rows);
    case "media":
      if (view.files.length === 0) return html`<p class="empty">The query named no files.</p>`;
      return html`<div class="gallery">${view.files.map((file) => mediaHtml(view.media, file, media))}</div>`;
  }
}

function failureHtml(result: MetricResult): Html | false {
  const failure = result.failure;
  if (failure === undefined) return false;
  const step = { query: "query_string", status: "status.query_string", template: "template" }[failure.stage];
  const at = failure.line === undefined ? "" : ` line ${failure.line}, column ${failure.column}`;
  return html`<p class="cannot-draw" role="alert"><strong>${step}${at}:</strong> ${failure.message}</p>`;
}

function bodyHtml(result: MetricResult, key: string, media: EmbeddedMedia): Html | false {
  if (result.view !== undefined) return viewHtml(result.view, key, media);
  if (result.status === "NO_DATA") return html`<p class="empty">No data: the query returned no rows${result.table?.rowCount === 1 ? " but one row of NULLs" : ""}.</p>`;
  // A drawing that failed still shows what the query returned.
  if (result.table !== undefined) {
    const table = result.table;
    const rows = Array.from({ length: table.rowCount }, (_, r) => table.values.map((column) => column[r]));
    return tableHtml(table.columns.map((column) => column.name), rows);
  }
  return false;
}

function footer(result: MetricResult): Html {
  const checks = (["block", "warn"] as const).flatMap((key) => {
    const check = result[key];
    return check === undefined ? [] : [`${key} ${formatNumber(check.threshold)}: ${check.crossed ? "crossed" : "not crossed"}`];
  });
  const { queryMs, statusMs, renderMs } = result.timing;
  const rows = result.table === undefined ? "" : `${countOf(result.table.rowCount, "row")} · `;
  // Red only when a threshold was crossed.
  const crossed = result.block?.crossed === true || result.warn?.crossed === true;
  return html`${checks.length > 0 && html`<p class="${crossed ? "thresholds" : "source"}">${checks.join(" · ")}</p>`}<p class="source">${rows}query ${queryMs.toFixed(1)} ms${statusMs > 0 ? ` · status ${statusMs.toFixed(1)} ms` : ""}${renderMs > 0 ? ` · template ${renderMs.toFixed(1)} ms` : ""}</p>`;
}

/** Whether a card is drawn across the whole row: charts and tables read better wide. */
function isWide(result: MetricResult): boolean {
  return result.view?.kind === "table" || (result.view === undefined && result.table !== undefined && result.status !== "NO_DATA");
}

/**
 * The card of `result`; `key` makes its element ids unique on the page.
 *
 * @example
 * ```ts
 * const card = renderEvalCard(report.results[0], "m0", new Map());
 * ```
 */
export function renderEvalCard(result: MetricResult, key: string, media: EmbeddedMedia): Html {
  const badge = evalStatusBadges[result.status];
  const scope = result.job === undefined ? result.type : `${result.type} · ${result.job}`;
  const classes = ["card", `tone-${badge.tone}`, isWide(result) && "wide"].filter(Boolean).join(" ");
  return html`<article class="${classes}" id="card-${key}" data-status="${result.status}">
<header class="card-head"><div class="card-title"><h3>${result.metric}</h3><span class="type">${scope}</span></div><div class="badges"><span class="pill tone-${badge.tone}">${badge.label}</span></div></header>
${result.hidden && html`<p class="hidden-reason">Hidden on ReSim: skip_if_no_data and no rows.</p>`}${result.description && html`<p class="description">${result.description}</p>`}
${failureHtml(result)}<div class="card-body">${bodyHtml(result, key, media)}</div>
${result.notes.map((note) => html`<p class="note">${note}</p>`)}${footer(result)}
</article>`;
}
