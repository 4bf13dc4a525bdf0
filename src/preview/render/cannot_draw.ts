/**
 * The body of a card whose metric cannot be drawn: why, in place of the chart.
 * @module
 */

import type { CannotDrawView } from "../model/index.ts";
import { html, type Html } from "./_html.ts";

/** The body of a card that cannot be drawn. */
export function renderCannotDraw(view: CannotDrawView): Html {
  return html`<p class="cannot-draw" role="note">Cannot draw: ${view.reason}</p>`;
}
