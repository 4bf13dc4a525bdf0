/**
 * The work of `resim-metrics fetch`: check the options, save the batch or
 * report through the API client, print what was saved.
 * @module
 */

import { resolve } from "node:path";
import { stderr, stdout } from "node:process";
import { createClient, httpSource, isApiId, saveBatch, saveReport, terminalProgress, type FetchProgress } from "../api/index.ts";
import { countOf, formatBytes } from "../text/index.ts";
import { API_URL_ENV, DEFAULT_API_URL, TOKEN_ENV } from "./commands/fetch.ts";
import { CliError, ExitCode } from "./errors.ts";
import { inputFailure } from "./input_failure.ts";
import { jsonOutput } from "./json_output.ts";

/** The options `fetch` parses. */
export interface FetchCommandOptions {
  project: string;
  batch?: string;
  report?: string;
  out?: string;
  apiUrl?: string;
  token?: string;
  concurrency: number;
  events?: true;
  quiet?: true;
  json?: true;
  pretty?: true;
}

function requireUUID(flag: string, value: string): string {
  if (!isApiId(value)) throw new CliError(`Cannot fetch: ${flag} "${value}" is not a UUID`);
  return value;
}

/** Saves what the options name and prints a one-line summary on stdout, or with `json` the same as JSON. */
export async function runFetch(options: FetchCommandOptions, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const projectID = requireUUID("--project", options.project);
  if ((options.batch === undefined) === (options.report === undefined)) throw new CliError("Cannot fetch: give either --batch or --report");
  const token = options.token ?? env[TOKEN_ENV];
  if (token === undefined || token.trim() === "") throw new CliError(`Cannot fetch: no API token; set $${TOKEN_ENV} or pass --token`);
  const apiURL = options.apiUrl ?? env[API_URL_ENV] ?? DEFAULT_API_URL;
  let client;
  try {
    client = createClient({ apiURL, token, concurrency: options.concurrency, onWarning: (warning) => stderr.write(`resim-metrics: warning: ${warning}\n`) });
  } catch (error) {
    // The client's message already names what failed: `Cannot use API URL "…": …`.
    throw new CliError((error as Error).message, ExitCode.Usage, { cause: error });
  }
  const source = httpSource(client);
  const id = options.batch ?? options.report!;
  const folder = resolve(options.out ?? `resim-fetch-${id}`);

  try {
    if (options.batch !== undefined) {
      const batchID = requireUUID("--batch", options.batch);
      const progress = terminalProgress(stderr, { quiet: options.quiet ?? false });
      let last: FetchProgress = { jobsDone: 0, jobsTotal: undefined, bytes: 0 };
      const onProgress = (update: FetchProgress): void => {
        last = update;
        progress.update(update);
      };
      const summary = await saveBatch(source, { projectID, batchID }, folder, { events: options.events ?? false, onProgress }).finally(() => progress.finish());
      const { jobs, metrics, metricsData, events } = summary;
      if (options.json) {
        const saved = { kind: "batch", projectID, batchID, folder, jobs, metrics, metricsData, ...(options.events ? { events } : {}), bytes: last.bytes };
        stdout.write(jsonOutput(saved, options.pretty));
        return;
      }
      const eventCount = options.events ? `, ${countOf(events, "event")}` : "";
      const counts = `${countOf(jobs, "job")}, ${countOf(metrics, "metric")}, ${countOf(metricsData, "metrics data", "metrics data")}`;
      stdout.write(`Saved batch "${batchID}" to "${folder}": ${counts}${eventCount}, ${formatBytes(last.bytes)}\n`);
    } else {
      const reportID = requireUUID("--report", id);
      const { batches, jobs, metrics } = await saveReport(source, { projectID, reportID }, folder);
      if (options.json) {
        stdout.write(jsonOutput({ kind: "report", projectID, reportID, folder, batches, jobs, metrics }, options.pretty));
        return;
      }
      stdout.write(`Saved report "${reportID}" to "${folder}": ${countOf(batches, "batch", "batches")}, ${countOf(jobs, "job")}, ${countOf(metrics, "metric record")}\n`);
    }
  } catch (error) {
    inputFailure(error);
  }
}
