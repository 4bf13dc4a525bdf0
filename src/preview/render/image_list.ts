/**
 * Image list card: the images as a gallery.
 * @module
 */

import type { ImageListView } from "../model/index.ts";
import { imageFigure } from "./_image_figure.ts";
import { html, type Html } from "./_html.ts";

/** The body of an image list card. */
export function renderImageList(view: ImageListView): Html {
  return html`<div class="gallery">${view.images.map(imageFigure)}</div>`;
}
