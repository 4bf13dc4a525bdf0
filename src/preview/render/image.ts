/**
 * Image card.
 * @module
 */

import type { ImageView } from "../model/index.ts";
import { imageFigure } from "./_image_figure.ts";
import type { Html } from "./_html.ts";

/** The body of an image card. */
export function renderImage(view: ImageView): Html {
  return imageFigure(view.image);
}
