/**
 * Failure thresholds in words, for cards that show values rather than charts.
 * @module
 */

import type { FailureBounds } from "../model/index.ts";
import { formatNumber } from "./_format.ts";
import { html, type Html } from "./_html.ts";

/** `Fails below 0 · above 0.1`, or nothing when no threshold is set. */
export function failureText(bounds: FailureBounds, unit: string): Html | undefined {
  const withUnit = (value: number) => (unit === "" ? formatNumber(value) : `${formatNumber(value)} ${unit}`);
  const parts = [
    bounds.below === undefined ? undefined : `below ${withUnit(bounds.below)}`,
    bounds.above === undefined ? undefined : `above ${withUnit(bounds.above)}`,
  ].filter((part) => part !== undefined);
  if (parts.length === 0) return undefined;
  return html`<p class="thresholds">Fails ${parts.join(" · ")}</p>`;
}
