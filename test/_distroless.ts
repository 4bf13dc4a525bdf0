/**
 * A root filesystem equivalent to gcr.io/distroless/cc-debian12, assembled
 * from the Debian packages that image is made of (downloaded once into
 * `.cache/debs/`, unpacked with `dpkg -x`, so no maintainer script runs),
 * for running the binary with `chroot` or as a local base image.
 * @module
 */

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repoDir } from "./_shared.ts";

/** The Debian packages of distroless/cc. */
export const distrolessPackages: readonly string[] = ["libc6", "libgcc-s1", "libstdc++6", "ca-certificates", "tzdata"];

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

function cachedDebs(): string[] {
  mkdirSync(debsDir, { recursive: true });
  const present = (name: string) => readdirSync(debsDir).some((file) => file.startsWith(`${name}_`) && file.endsWith(".deb"));
  const missing = distrolessPackages.filter((name) => !present(name));
  if (missing.length > 0) {
    try {
      execFileSync("apt-get", ["download", ...missing], { cwd: debsDir, stdio: "pipe" });
    } catch (error) {
      throw new Error(`Cannot download ${missing.join(", ")} with apt-get (run apt-get update?): ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
    }
  }
  return readdirSync(debsDir)
    .filter((file) => file.endsWith(".deb"))
    .map((file) => join(debsDir, file));
}

/** Unpacks the distroless/cc packages into `root` and adds the folders distroless has (`/tmp`). */
export function assembleDistrolessRoot(root: string): void {
  for (const deb of cachedDebs()) execFileSync("dpkg", ["-x", deb, root]);
  mkdirSync(join(root, "tmp"), { recursive: true, mode: 0o1777 });
  if (existsSync(join(root, "usr/bin/node"))) throw new Error("The assembled root unexpectedly contains node");
}
