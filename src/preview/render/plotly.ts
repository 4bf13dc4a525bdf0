/**
 * Plotly card: the stored figure, drawn by Plotly as it is, fitted to the
 * card's width.
 * @module
 */

import type { PlotlyView } from "../model/index.ts";
import { chart, type Figure } from "./_figure.ts";
import { html, type Html } from "./_html.ts";

/** Height of stored figures that set none: Plotly would otherwise shrink to the empty card's height. */
const defaultHeight = 420;

/**
 * The stored figure as the page draws it, or undefined when it has no
 * traces. A stored fixed width is dropped so the figure fits the card, a
 * missing height is set; the rest of the layout is kept.
 */
export function plotlyFigure(view: PlotlyView): Figure | undefined {
  const { data, layout, frames } = view.figure;
  if (!Array.isArray(data) || data.length === 0) return undefined;
  const { width: _width, ...fitted } = typeof layout === "object" && layout !== null && !Array.isArray(layout) ? (layout as Record<string, unknown>) : {};
  const figure: Figure = { data: data as Record<string, unknown>[], layout: { height: defaultHeight, ...fitted, autosize: true } };
  if (Array.isArray(frames) && frames.length > 0) figure.frames = frames;
  return figure;
}

/** The body of a Plotly card. */
export function renderPlotly(view: PlotlyView, key: string): Html {
  const figure = plotlyFigure(view);
  return figure === undefined ? html`<p class="empty">The stored figure has no traces to draw.</p>` : chart(key, figure);
}
