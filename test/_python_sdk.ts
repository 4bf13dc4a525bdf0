/**
 * Python packages in virtualenvs under `.cache/`, for differential tests and
 * benches: ReSim's Python SDK (`resim-sdk` 1.6.0 from PyPI), and any other
 * package a comparison needs. Created on first use; when python3, venv or
 * the package index is unavailable, callers skip and say why.
 * @module
 */

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoDir } from "./_shared.ts";

/** The package and version compared against. */
export const PYTHON_SDK = "resim-sdk==1.6.0";

const venv = join(repoDir, ".cache", "resim-sdk-1.6.0");

/** Imports the SDK's emissions module under either of its package names. */
export const IMPORT_EMISSIONS = `
try:
    from resim.sdk.metrics import emissions
except ImportError:
    from signalflag.sdk.metrics import emissions
`;

/**
 * The python of a virtualenv at `dir` in which `importCheck` runs, made on
 * first use by installing `requirement` with pip; or why there is none
 * (no python3 or venv, or the package index unreachable), for callers to
 * skip with.
 */
export function pythonVenv(dir: string, requirement: string, importCheck: string): { readonly python: string } | { readonly skip: string } {
  const python = join(dir, "bin", "python");
  const ready = () => existsSync(python) && spawnSync(python, ["-c", importCheck], { encoding: "utf8" }).status === 0;
  if (ready()) return { python };
  const create = spawnSync("python3", ["-m", "venv", dir], { encoding: "utf8" });
  if (create.error !== undefined || create.status !== 0) return { skip: `cannot create a Python virtualenv: ${create.error?.message ?? create.stderr.trim()}` };
  const install = spawnSync(python, ["-m", "pip", "install", "--quiet", "--retries", "0", "--timeout", "15", requirement], { encoding: "utf8", timeout: 300_000 });
  if (install.status !== 0 || !ready()) {
    const reason = (install.stderr ?? "").trim().split("\n").filter((line) => /error/i.test(line)).at(-1) ?? `pip exited with ${install.status}`;
    return { skip: `${requirement} is not installable here (${reason})` };
  }
  return { python };
}

/** The venv's python with the SDK installed, or why it cannot be had. */
export function pythonSdk(): { readonly python: string } | { readonly skip: string } {
  return pythonVenv(venv, PYTHON_SDK, IMPORT_EMISSIONS);
}
