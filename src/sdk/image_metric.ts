/**
 * `ImageMetric`: one image file from the outputs folder.
 * @module
 */

import { MetricType } from "../proto/index.ts";
import { typeError, type EntityOptions } from "./_entity.ts";
import { dataRef, present, references, type PackContext } from "./_pack.ts";
import { ExternalFileMetricsData } from "./external_file_metrics_data.ts";
import { Metric, type MetricValuesCase } from "./metric.ts";
import type { BaseMetricsData } from "./metrics_data.ts";

/**
 * An image: external file data naming a file in the outputs folder.
 *
 * @example
 * ```ts
 * const plot = writer.addExternalFileMetricsData("speed plot", "speed.png");
 * writer.addImageMetric("Speed plot").withImageData(plot);
 * ```
 */
export class ImageMetric extends Metric {
  #image: ExternalFileMetricsData | undefined;

  constructor(name: string, options?: EntityOptions) {
    super("image metric", MetricType.IMAGE_METRIC_TYPE, name, options);
  }

  /** The image file, if set. */
  get imageData(): ExternalFileMetricsData | undefined {
    return this.#image;
  }

  /**
   * Sets the image file.
   * @throws {MetricsTypeError} if it is not external file data
   */
  withImageData(image: ExternalFileMetricsData): this {
    if (!(image instanceof ExternalFileMetricsData)) throw typeError(this, "set image of", "imageData", "the image is not external file data");
    this.#image = image;
    return this;
  }

  override *[references](): Iterable<BaseMetricsData> {
    if (this.#image !== undefined) yield this.#image;
  }

  protected override packValues(ctx: PackContext): MetricValuesCase {
    return { case: "imageMetricValues", value: present({ imageDataId: this.#image && dataRef(ctx, this.#image) }) };
  }
}
