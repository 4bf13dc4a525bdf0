/**
 * Text card: the metric's Markdown as HTML.
 * @module
 */

import type { TextView } from "../model/index.ts";
import { html, type Html } from "./_html.ts";
import { renderMarkdown } from "./_markdown.ts";

/** The body of a text card. */
export function renderText(view: TextView): Html {
  return html`<div class="markdown">${renderMarkdown(view.markdown)}</div>`;
}
