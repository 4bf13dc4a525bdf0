/**
 * A root filesystem equivalent to gcr.io/distroless/cc-debian12, assembled
 * by `build/distroless_cc.sh` from the Debian packages that image is made of
 * (kept in `.cache/debs/` between runs), for running the binary with
 * `chroot`, or as a local base image.
 * @module
 */

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoDir } from "./_shared.ts";

/** The script that assembles the root (`--root DIR`) or commits it as an image (`--image NAME`). */
export const distrolessScript: string = join(repoDir, "build/distroless_cc.sh");

const debsDir = join(repoDir, ".cache/debs");

/** Why containers cannot be tested here, or undefined when they can. */
export function containerTestsUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return "chroot and buildah need root";
  for (const tool of ["chroot", "dpkg", "apt-get"]) {
    try {
      execFileSync("which", [tool], { stdio: "ignore" });
    } catch {
      return `${tool} is not installed`;
    }
  }
  return undefined;
}

/** Runs build/distroless_cc.sh with `args`, the packages cached in `.cache/debs/`; fails with its stderr. */
export function runDistrolessScript(args: readonly string[], env: Readonly<Record<string, string>> = {}): void {
  try {
    execFileSync("bash", [distrolessScript, ...args], { env: { ...process.env, ...env, DEBS_DIR: debsDir }, stdio: "pipe" });
  } catch (error) {
    throw new Error(`build/distroless_cc.sh ${args.join(" ")} failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
  }
}

/** Unpacks the distroless/cc packages into `root`, with the folders distroless has (`/tmp`). */
export function assembleDistrolessRoot(root: string): void {
  runDistrolessScript(["--root", root]);
  if (existsSync(join(root, "usr/bin/node"))) throw new Error("The assembled root unexpectedly contains node");
}
