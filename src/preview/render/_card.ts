/**
 * A metric card: its header (name, type, status, importance), description
 * and tags around the body its type's renderer draws.
 * @module
 */

import type { MetricBody, MetricCard } from "../model/index.ts";
import { countOf, formatCount } from "../../text/index.ts";
import type { CardWidth } from "./_card_layout.ts";
import { html, type Html } from "./_html.ts";
import { importancePill, statusPill } from "./_pill.ts";
import { renderBarChart } from "./bar_chart.ts";
import { renderBatchwiseBarChart } from "./batchwise_bar_chart.ts";
import { renderCannotDraw } from "./cannot_draw.ts";
import { renderDoubleOverTime } from "./double_over_time.ts";
import { renderDoubleSummary } from "./double_summary.ts";
import { renderHistogram } from "./histogram.ts";
import { renderImage } from "./image.ts";
import { renderImageList } from "./image_list.ts";
import { renderLinePlot } from "./line_plot.ts";
import { renderPlotly } from "./plotly.ts";
import { renderScalar } from "./scalar.ts";
import { renderStatesOverTime } from "./states_over_time.ts";
import { renderText } from "./text.ts";

/** The renderer of each body kind. */
const renderers: { [K in MetricBody["kind"]]: (view: Extract<MetricBody, { kind: K }>, key: string) => Html } = {
  scalar: renderScalar,
  doubleSummary: renderDoubleSummary,
  doubleOverTime: renderDoubleOverTime,
  linePlot: renderLinePlot,
  barChart: renderBarChart,
  histogram: renderHistogram,
  statesOverTime: renderStatesOverTime,
  plotly: renderPlotly,
  image: renderImage,
  imageList: renderImageList,
  text: renderText,
  batchwiseBarChart: renderBatchwiseBarChart,
  cannotDraw: renderCannotDraw,
};

/** The body of a card, drawn by its kind's renderer. */
function renderBody(body: MetricBody, key: string): Html {
  return (renderers[body.kind] as (view: MetricBody, key: string) => Html)(body, key);
}

/** Kinds whose cards take the grid's full width (timelines, galleries, free-form figures); the others take one column. */
const fullWidthKinds: ReadonlySet<MetricBody["kind"]> = new Set(["statesOverTime", "plotly", "imageList", "batchwiseBarChart"]);

/** One metric card. */
export function renderCard(card: MetricCard): Html {
  const { body } = card;
  const downsampling = "downsampling" in body ? body.downsampling : undefined;
  const note =
    downsampling &&
    html`<p class="note">Downsampled for drawing: ${countOf(downsampling.sourcePoints, "point")} per series shown as ${formatCount(downsampling.drawnPoints)} (${downsampling.method}).</p>`;
  const tags =
    card.tags.length > 0 && html`<ul class="tags">${card.tags.map((tag) => html`<li><span class="tag-key">${tag.key}</span>${tag.value}</li>`)}</ul>`;
  const width: CardWidth = fullWidthKinds.has(body.kind) ? "full" : "column";
  return html`<article class="card tone-${card.status.tone}" id="card-${card.key}" data-kind="${body.kind}" data-width="${width}">
<header class="card-head"><div class="card-title"><h3>${card.name || html`<span class="missing">(no name)</span>`}</h3><span class="type">${card.typeLabel}</span></div><div class="badges">${statusPill(card.status)}${importancePill(card.importance)}</div></header>
${card.hiddenReason && html`<p class="hidden-reason">Hidden: ${card.hiddenReason}</p>`}${card.description && html`<p class="description">${card.description}</p>`}${tags}
<div class="card-body">${renderBody(body, card.key)}</div>${note}
</article>`;
}

/**
 * Cards in the page's grid. The page script lays out every child of a
 * `cards` element by its `data-width` (a {@link CardWidth}), whatever the card.
 */
export function renderCardGrid(cards: readonly MetricCard[]): Html {
  return html`<div class="cards">${cards.map(renderCard)}</div>`;
}
