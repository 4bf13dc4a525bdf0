/**
 * `ImageListMetric`: several image files from the outputs folder.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import { typeError, type EntityOptions } from "./_entity.ts";
import { dataRef, references, type PackContext } from "./_pack.ts";
import { ExternalFileMetricsData } from "./external_file_metrics_data.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData } from "./metrics_data.ts";

/**
 * A list of images, each external file data naming a file in the outputs
 * folder.
 *
 * @example
 * ```ts
 * writer
 *   .addImageListMetric("Camera frames")
 *   .appendImageData(writer.addExternalFileMetricsData("frame 1", "frame1.png"))
 *   .appendImageData(writer.addExternalFileMetricsData("frame 2", "frame2.png"));
 * ```
 */
export class ImageListMetric extends Metric {
  readonly #images: ExternalFileMetricsData[] = [];

  constructor(name: string, options?: EntityOptions) {
    super("image list metric", MetricType.IMAGE_LIST_METRIC_TYPE, name, options);
  }

  /** The image files, in order. */
  get imageListData(): readonly ExternalFileMetricsData[] {
    return this.#images;
  }

  /** Replaces the image files. */
  withImageListData(images: readonly ExternalFileMetricsData[]): this {
    if (!Array.isArray(images)) throw typeError(this, "set images of", "imageListData", "the images are not an array");
    images.forEach((image) => this.#requireImage(image));
    this.#images.splice(0, this.#images.length, ...images);
    return this;
  }

  /** Appends an image file. */
  appendImageData(image: ExternalFileMetricsData): this {
    this.#requireImage(image);
    this.#images.push(image);
    return this;
  }

  #requireImage(image: unknown): void {
    if (!(image instanceof ExternalFileMetricsData)) throw typeError(this, "add image to", "imageListData", "an image is not external file data");
  }

  override [references](): Iterable<BaseMetricsData> {
    return this.#images;
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    return { case: "imageListMetricValues", value: { imageDataIds: this.#images.map((image) => dataRef(ctx, image)) } };
  }
}
