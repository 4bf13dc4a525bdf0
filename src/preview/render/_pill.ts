/**
 * Status and importance badges.
 * @module
 */

import type { ImportanceBadge, StatusBadge } from "../model/index.ts";
import { html, type Html } from "./_html.ts";

/** A coloured pill naming a status. */
export function statusPill(status: StatusBadge): Html {
  return html`<span class="pill tone-${status.tone}">${status.label}</span>`;
}

/** A badge naming an importance; nothing when none is specified. */
export function importancePill(importance: ImportanceBadge): Html | undefined {
  if (importance.label === "") return undefined;
  return html`<span class="importance importance-${importance.code}">${importance.label} importance</span>`;
}
