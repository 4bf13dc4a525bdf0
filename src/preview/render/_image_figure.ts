/**
 * One image with its caption, or a placeholder saying why it cannot be shown.
 * @module
 */

import type { FileRef } from "../model/index.ts";
import { formatBytes } from "../../text/index.ts";
import { html, type Html } from "./_html.ts";

/** A figure element for an external image file. */
export function imageFigure(file: FileRef): Html {
  if (!file.found) {
    return html`<figure class="image missing-file"><div class="placeholder" role="img" aria-label="${file.reason}: ${file.path}">${file.reason}: ${file.path}</div><figcaption>${file.name}</figcaption></figure>`;
  }
  return html`<figure class="image"><a href="${file.src}" target="_blank" rel="noopener"><img src="${file.src}" alt="${file.name}"></a><figcaption>${file.name} <span class="file">${file.path} · ${formatBytes(file.bytes)}</span></figcaption></figure>`;
}
