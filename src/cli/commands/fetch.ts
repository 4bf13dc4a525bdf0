/**
 * `resim-metrics fetch`: saves a batch's job metrics, or a report's data,
 * from the ReSim API to a folder, so batch and report mode can be developed
 * and replayed without network.
 * @module
 */

import { InvalidArgumentError, Option } from "@commander-js/extra-typings";
import type { RegisterCommand } from "./_types.ts";
import { jsonOption, prettyOption } from "./_shared.ts";

/** The environment variable the token is read from when `--token` is absent. */
export const TOKEN_ENV = "RESIM_API_TOKEN";
/** The environment variable the API URL is read from when `--api-url` is absent. */
export const API_URL_ENV = "RESIM_API_URL";
/** The API URL used when neither `--api-url` nor its variable is set. */
export const DEFAULT_API_URL = "https://api.resim.ai/v1";

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError("must be an integer of at least 1");
  return value;
}

/** Registers `fetch`. */
export const registerFetch: RegisterCommand = (program) => {
  program
    .command("fetch")
    .description("save a batch's job metrics (or a report's data) from the ReSim API to a folder for offline runs")
    .requiredOption("--project <id>", "the project owning the batch or report")
    .addOption(new Option("--batch <id>", "the batch to save").conflicts("report"))
    .addOption(new Option("--report <id>", "the report to save"))
    .option("--out <dir>", "folder to save into (default: resim-fetch-<batch or report id>)")
    .option("--api-url <url>", `API base URL including its version (default: $${API_URL_ENV} or ${DEFAULT_API_URL})`)
    .option("--token <token>", `API token (default: $${TOKEN_ENV}; prefer the variable, command lines are visible to other users)`)
    .option("--concurrency <n>", "requests in flight at most", positiveInteger, 16)
    .option("--events", "also save each job's events")
    .option("-q, --quiet", "show no progress")
    .addOption(jsonOption("what was saved (folder and counts)"))
    .addOption(prettyOption())
    .action(async (options) => {
      const { runFetch } = await import("../fetch_command.ts");
      await runFetch(options, process.env);
    });
};
