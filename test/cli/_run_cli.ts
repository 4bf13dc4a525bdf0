/**
 * Runs the CLI from source in a child process, as users run it, and captures
 * what it printed and its exit code.
 * @module
 */

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoDir } from "../_shared.ts";

/** What one CLI invocation printed and returned. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `resim-metrics <args>` with Node 24 from source, without colour. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(repoDir, "src/cli/main.ts"), ...args], {
    cwd: options.cwd ?? repoDir,
    env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
