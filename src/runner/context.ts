/**
 * What a metrics script's handler receives: the mode, where the inputs and
 * outputs are, the parsed config, a writer for the metrics, helpers to read
 * inputs, a logger, and in batch and report mode the data they aggregate.
 * Each mode has its own context type, discriminated by `mode`; new members
 * are added beside the existing ones, so scripts written earlier keep working.
 * @module
 */

import { isAbsolute, join } from "node:path";
import type { ProgressReporter } from "../api/progress.ts";
import type { BatchConfig, ModeInputs, ReportConfig } from "../modes/index.ts";
import { readInputBytes, readInputJson, readInputText } from "../modes/index.ts";
import type { MetricsWriter } from "../sdk/index.ts";
import { batchData, type BatchData } from "./batch_data.ts";
import { sourceOpener } from "./data_source.ts";
import type { Logger } from "./logger.ts";
import { reportData, type ReportData } from "./report_data.ts";

/** What every mode's context has. */
export interface BaseContext {
  /** Absolute path of the inputs folder (`/tmp/resim/inputs` on the platform). */
  readonly inputsDir: string;
  /** Absolute path of the outputs folder; files placed here (images, logs) are uploaded with the metrics. */
  readonly outputsDir: string;
  /** Collects the metrics; the runner writes `metrics.binproto` from it after the handler returns. */
  readonly writer: MetricsWriter;
  /** Progress lines on stderr. */
  readonly log: Logger;
  /**
   * Parses a JSON input. `path` is relative to the inputs folder, or absolute.
   * @throws {InputError} `Cannot read "<path>": no such file or directory`, or `Cannot parse "<path>": <problem>`
   */
  readJson<T = unknown>(path: string): Promise<T>;
  /** Reads a UTF-8 input (relative to the inputs folder, or absolute). */
  readText(path: string): Promise<string>;
  /** Reads a binary input (relative to the inputs folder, or absolute). */
  readBytes(path: string): Promise<Uint8Array>;
}

/** Test mode: the metrics of one test, from its experience and logs. */
export interface TestContext extends BaseContext {
  readonly mode: "test";
  /** Absolute path of `inputs/experience/`, what the test ran on. */
  readonly experienceDir: string;
  /** Absolute path of `inputs/logs/`, what the test produced. */
  readonly logsDir: string;
}

/** Batch mode: metrics over every test of a batch, read from the ReSim API (or a fetched folder). */
export interface BatchContext extends BaseContext, BatchData {
  readonly mode: "batch";
  /** The parsed `batch_metrics_config.json`; its token prints as `[redacted]`. */
  readonly config: BatchConfig;
}

/** Report mode: metrics of a test suite over time, read from the ReSim API (or a fetched folder). */
export interface ReportContext extends BaseContext, ReportData {
  readonly mode: "report";
  /** The parsed `report_config.json`; its token prints as `[redacted]`. */
  readonly config: ReportConfig;
}

/** The context of any mode; narrow it with `ctx.mode`. */
export type MetricsContext = TestContext | BatchContext | ReportContext;

/** Where batch and report handlers read their data from, and how fetching shows progress. */
export interface DataOptions {
  /** A folder saved by `resim-metrics fetch` to read instead of the API. */
  readonly from?: string | undefined;
  /** Receives fetch progress. */
  readonly progress: ProgressReporter;
}

/** The context for `inputs`, with the writer, logger and data options of the run. */
export function createContext(inputs: ModeInputs, outputsDir: string, writer: MetricsWriter, log: Logger, data: DataOptions): MetricsContext {
  const { inputsDir } = inputs;
  const inInputs = (path: string) => (isAbsolute(path) ? path : join(inputsDir, path));
  const base: BaseContext = {
    inputsDir,
    outputsDir,
    writer,
    log,
    readJson: async <T>(path: string) => (await readInputJson(inInputs(path))) as T,
    readText: (path) => readInputText(inInputs(path)),
    readBytes: (path) => readInputBytes(inInputs(path)),
  };
  switch (inputs.mode) {
    case "test":
      return { ...base, mode: "test", experienceDir: inputs.experienceDir, logsDir: inputs.logsDir };
    case "batch": {
      const { config } = inputs;
      const ref = { projectID: config.projectID, batchID: config.batchID };
      return { ...base, mode: "batch", config, ...batchData(sourceOpener(config, data.from, log), ref, data.progress) };
    }
    case "report": {
      const { config } = inputs;
      const ref = { projectID: config.projectID, reportID: config.reportID };
      return { ...base, mode: "report", config, ...reportData(sourceOpener(config, data.from, log), ref) };
    }
  }
}
