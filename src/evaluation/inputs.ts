/**
 * The jobs an `eval` INPUT holds: an emissions file is one job; a folder
 * holds one job per emissions file and one per subfolder (all the
 * emissions files under it), in job id order. Together, all the inputs
 * make the batch.
 * @module
 */

import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { readFailure } from "../files/index.ts";
import { jobIdFromName } from "./choices.ts";
import type { JobFiles } from "./sql/index.ts";

/**
 * An input that cannot be read or holds no emissions; the message names it and says why.
 *
 * @example
 * ```ts
 * throw new UnreadableInputError('Cannot read "runs": no such file or directory');
 * ```
 */
export class UnreadableInputError extends Error {
  override name = "UnreadableInputError";
}

/** What counts as an emissions file inside a folder. */
const emissionsFile = /\.jsonl?$/i;
/** Characters DuckDB's reader takes as a file pattern rather than a name. */
const patternCharacters = /[*?[\]{}]/;

/** A job and the folder its media files (images, videos) are looked up in. */
export interface InputJob extends JobFiles {
  readonly folder: string;
}

async function kind(path: string): Promise<"file" | "folder"> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return "folder";
    if (info.isFile()) return "file";
  } catch (error) {
    throw new UnreadableInputError(`Cannot read ${JSON.stringify(path)}: ${readFailure(error)}`);
  }
  throw new UnreadableInputError(`Cannot read ${JSON.stringify(path)}: it is not a file or a folder`);
}

async function list(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    throw new UnreadableInputError(`Cannot read ${JSON.stringify(folder)}: ${readFailure(error)}`);
  }
}

/** Every emissions file under `folder`, at any depth, in name order. */
async function emissionsUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await list(folder)) {
    const path = join(folder, name);
    if ((await kind(path)) === "folder") found.push(...(await emissionsUnder(path)));
    else if (emissionsFile.test(name)) found.push(path);
  }
  return found;
}

async function jobsOf(input: string): Promise<InputJob[]> {
  const path = resolve(input);
  if ((await kind(path)) === "file") return [{ id: jobIdFromName(basename(path)), files: [path], folder: resolve(path, "..") }];
  const jobs: InputJob[] = [];
  for (const name of await list(path)) {
    const entry = join(path, name);
    if ((await kind(entry)) === "folder") {
      const files = await emissionsUnder(entry);
      if (files.length > 0) jobs.push({ id: name, files, folder: entry });
    } else if (emissionsFile.test(name)) {
      jobs.push({ id: jobIdFromName(name), files: [entry], folder: path });
    }
  }
  if (jobs.length === 0) throw new UnreadableInputError(`Cannot read ${JSON.stringify(input)}: the folder holds no emissions files (*.jsonl)`);
  return jobs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The jobs of every input, in order.
 *
 * @example
 * ```ts
 * const jobs = await findJobs(["runs/"]); // [{ id: "run1", files: ["/…/runs/run1.jsonl"], folder: "/…/runs" }, …]
 * ```
 * @throws {UnreadableInputError} when an input is missing or unreadable, holds no emissions, or two jobs share an id
 */
export async function findJobs(inputs: readonly string[]): Promise<InputJob[]> {
  const jobs: InputJob[] = [];
  const seen = new Map<string, string>();
  for (const input of inputs) {
    for (const job of await jobsOf(input)) {
      const bad = job.files.find((file) => patternCharacters.test(file));
      if (bad !== undefined) throw new UnreadableInputError(`Cannot read ${JSON.stringify(bad)}: its path holds one of * ? [ ] { }, which the SQL engine reads as a pattern; rename it`);
      const other = seen.get(job.id);
      if (other !== undefined) throw new UnreadableInputError(`Cannot use ${JSON.stringify(job.files[0])}: its job id "${job.id}" is also the id of ${JSON.stringify(other)}; rename one`);
      seen.set(job.id, job.files[0]!);
      jobs.push(job);
    }
  }
  return jobs;
}
