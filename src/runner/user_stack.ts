/**
 * Explaining a failure in a user's script with the user's own code: the
 * error's frames in their files, at the lines and columns of their
 * TypeScript, without the runner's or Node's internals.
 * @module
 */

import { isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import { isOwnLocation } from "./_own_code.ts";
import type { SourcePositions } from "./source_positions.ts";

/** A thrown value explained: a one-line summary and the lines that locate it. */
export interface UserError {
  /** `Name: message`, first line only. */
  readonly summary: string;
  /** The frames in user files, as `    at fn (/path/file.ts:12:5)`, innermost first. */
  readonly details: readonly string[];
}

const frame = /^\s+at (?:(?<callee>.*?) \()?(?<location>.+?):(?<line>\d+):(?<column>\d+)\)?$/;

function isUserLocation(location: string): boolean {
  return (location.startsWith("file:") || isAbsolute(location)) && !isOwnLocation(location);
}

function userFrame(text: string, positions: SourcePositions): string | undefined {
  const groups = frame.exec(text)?.groups;
  if (groups?.["location"] === undefined || !isUserLocation(groups["location"])) return undefined;
  const location = groups["location"];
  const { line, column } = positions.original(location, { line: Number(groups["line"]), column: Number(groups["column"]) });
  const path = location.startsWith("file:") ? fileURLToPath(location) : location;
  const callee = groups["callee"];
  return callee === undefined ? `    at ${path}:${line}:${column}` : `    at ${callee} (${path}:${line}:${column})`;
}

/**
 * Summarises `thrown` and lists its frames in user code (see {@link UserError}):
 * the user frames from the innermost one to the first frame of our own code
 * that called into them (the runner), skipping our frames above them (the
 * SDK, when it threw).
 */
export function explainUserError(thrown: unknown, positions: SourcePositions): UserError {
  if (!(thrown instanceof Error)) return { summary: firstLine(String(thrown)), details: [] };
  const frames: string[] = [];
  for (const line of (thrown.stack ?? "").split("\n")) {
    if (!frame.test(line)) continue;
    const rendered = userFrame(line, positions);
    if (rendered !== undefined) frames.push(rendered);
    else if (frames.length > 0) break;
  }
  return { summary: firstLine(`${thrown.name}: ${thrown.message}`), details: frames };
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? "";
}
