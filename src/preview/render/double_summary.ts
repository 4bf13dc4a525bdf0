/**
 * Double summary card: the selected value, or a category table for grouped data.
 * @module
 */

import type { DoubleSummaryView, SummarySelection } from "../model/index.ts";
import { failureText } from "./_failure_text.ts";
import { formatNumber, formatTime } from "./_format.ts";
import { html, type Html } from "./_html.ts";
import { statusPill } from "./_pill.ts";

/** The body of a double summary card. */
export function renderDoubleSummary(view: DoubleSummaryView): Html {
  const unit = view.unit === "" ? "" : html` <span class="unit">${view.unit}</span>`;
  const source = html`<p class="source">${selectionText(view.selection)} of <q>${view.dataName}</q></p>`;
  const thresholds = failureText(view.failure, view.unit);
  const [only] = view.rows;
  if (view.rows.length === 1 && only!.category === undefined) {
    return html`<p class="big-value">${formatNumber(only!.value)}${unit}</p>${source}${thresholds}`;
  }
  const rows = view.rows.map(
    (row) => html`<tr><th scope="row">${row.category}</th><td class="number">${formatNumber(row.value)}${unit}</td><td>${row.status && statusPill(row.status)}</td></tr>`,
  );
  return html`<table class="summary-table"><thead><tr><th scope="col">Category</th><th scope="col">Value</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>${source}${thresholds}`;
}

function selectionText(selection: SummarySelection): string {
  switch (selection.by) {
    case "position":
      return `Element ${selection.position}`;
    case "time":
      return `Value at ${formatTime(selection.time, selection.timeScale)}`;
    case "label":
      return `Value at "${selection.label}"`;
  }
}
