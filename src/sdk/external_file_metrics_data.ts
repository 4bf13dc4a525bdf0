/**
 * `ExternalFileMetricsData`: a file (an image) written beside the metrics
 * file, referenced by its path relative to the outputs folder.
 * @module
 */

import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { MetricsDataType, type MetricsData as MetricsDataMessage } from "../proto/index.ts";
import { rangeError, typeError, type EntityOptions } from "./_entity.ts";
import { dataRef, pack, type PackContext } from "./_pack.ts";
import { BaseMetricsData } from "./metrics_data.ts";
import { defaultOutputsDir } from "./output_layout.ts";

/** Skips the file checks: paths read back from a file refer to files that are not here. */
export const skipFileChecks: unique symbol = Symbol("resim-metrics.skipFileChecks");

/** Options of external file data. */
export interface ExternalFileMetricsDataOptions extends EntityOptions {
  /**
   * The folder `metrics.binproto` is written to; the file must be inside it.
   * @default "/tmp/resim/outputs"
   */
  readonly outputsDir?: string;
  readonly [skipFileChecks]?: true;
}

/**
 * A file in the outputs folder, such as an image an image metric shows. The
 * file must exist when the data is created and stay inside the outputs
 * folder (symbolic links included).
 *
 * @example
 * ```ts
 * writeFileSync("/tmp/resim/outputs/speed.png", png);
 * const image = new ExternalFileMetricsData("speed plot", "speed.png");
 * image.path; // "speed.png"
 * ```
 */
export class ExternalFileMetricsData extends BaseMetricsData {
  /** The file's path relative to the outputs folder, with `/` separators. */
  readonly path: string;

  /**
   * @param path the file, relative to the outputs folder or absolute inside it
   * @throws {MetricsTypeError} if `path` is not a string
   * @throws {MetricsRangeError} if the file does not exist, is not a file, or is outside the outputs folder
   */
  constructor(name: string, path: string, options?: ExternalFileMetricsDataOptions) {
    super("external file data", name, options);
    if (typeof path !== "string") throw typeError(this, "create", "path", "the path is not a string");
    if (path === "") throw rangeError(this, "create", "path", "the path is empty");
    this.path = options?.[skipFileChecks] ? path : this.#checkedPath(path, options?.outputsDir ?? defaultOutputsDir);
  }

  /** `path` relative to `outputsDir`, after checking the file is a file inside it. */
  #checkedPath(path: string, outputsDir: string): string {
    const root = resolve(outputsDir);
    const file = resolve(root, path);
    const inside = (folder: string, target: string) => {
      const rel = relative(folder, target);
      return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
    };
    if (!inside(root, file)) throw rangeError(this, "create", "path", `"${path}" is outside the outputs folder "${root}"`);
    let isFile: boolean;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw rangeError(this, "create", "path", `file "${file}" does not exist (write it before adding it)`);
    }
    if (!isFile) throw rangeError(this, "create", "path", `"${file}" is not a file`);
    if (!inside(realpathSync(root), realpathSync(file))) {
      throw rangeError(this, "create", "path", `"${path}" links to "${realpathSync(file)}", outside the outputs folder "${root}"`);
    }
    return relative(root, file).split(sep).join("/");
  }

  override get dataType(): MetricsDataType {
    return MetricsDataType.EXTERNAL_FILE_DATA_TYPE;
  }

  override get index(): undefined {
    return undefined;
  }

  override [pack](ctx: PackContext): MetricsDataMessage {
    return {
      metricsDataId: dataRef(ctx, this),
      dataType: this.dataType,
      name: this.name,
      unit: "",
      isPerCategory: false,
      categoryNames: [],
      isIndexed: false,
      indexDataType: 0,
      data: { case: "externalFile", value: { path: this.path } },
    };
  }
}

