/**
 * ReSim's Python SDK (`resim-sdk` 1.6.0 from PyPI) in a virtualenv under
 * `.cache/`, for differential tests and benches. Created on first use; when
 * python3, venv or the package index is unavailable, callers skip and say why.
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

/** The venv's python with the SDK installed, or why it cannot be had. */
export function pythonSdk(): { readonly python: string } | { readonly skip: string } {
  const python = join(venv, "bin", "python");
  const ready = () => existsSync(python) && spawnSync(python, ["-c", IMPORT_EMISSIONS], { encoding: "utf8" }).status === 0;
  if (ready()) return { python };
  const create = spawnSync("python3", ["-m", "venv", venv], { encoding: "utf8" });
  if (create.error !== undefined || create.status !== 0) return { skip: `cannot create a Python virtualenv: ${create.error?.message ?? create.stderr.trim()}` };
  const install = spawnSync(join(venv, "bin", "pip"), ["install", "--quiet", "--retries", "0", "--timeout", "15", PYTHON_SDK], { encoding: "utf8", timeout: 300_000 });
  if (install.status !== 0 || !ready()) {
    const reason = install.stderr.trim().split("\n").filter((line) => /error/i.test(line)).at(-1) ?? `pip exited with ${install.status}`;
    return { skip: `${PYTHON_SDK} is not installable here (${reason})` };
  }
  return { python };
}
