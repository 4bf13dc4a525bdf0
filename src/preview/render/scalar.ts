/**
 * Scalar card: the value, large, with its unit and thresholds.
 * @module
 */

import type { ScalarView } from "../model/index.ts";
import { failureText } from "./_failure_text.ts";
import { formatNumber } from "./_format.ts";
import { html, type Html } from "./_html.ts";

/** The body of a scalar card. */
export function renderScalar(view: ScalarView): Html {
  const value = view.value === undefined ? html`<span class="missing">no value</span>` : formatNumber(view.value);
  return html`<p class="big-value">${value}${view.unit === "" ? "" : html` <span class="unit">${view.unit}</span>`}</p>${failureText(view.failure, view.unit)}`;
}
