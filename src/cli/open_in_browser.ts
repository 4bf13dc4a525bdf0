/**
 * Opening a file or URL with the platform's opener (`open` on macOS,
 * `start` on Windows, `xdg-open` elsewhere), when the machine has one.
 * @module
 */

import { spawn } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { delimiter, join } from "node:path";

/** What happened when asked to open something. */
export type OpenResult = { opened: true; opener: string } | { opened: false; reason: string };

/** The opener command of a platform: the executable and the arguments that open `target`. */
export function platformOpener(platform: NodeJS.Platform): { command: string; args: (target: string) => string[] } {
  if (platform === "darwin") return { command: "open", args: (target) => [target] };
  if (platform === "win32") return { command: "cmd", args: (target) => ["/c", "start", '""', target] };
  return { command: "xdg-open", args: (target) => [target] };
}

async function onPath(command: string, path: string): Promise<boolean> {
  for (const folder of path.split(delimiter).filter(Boolean)) {
    try {
      await access(join(folder, command), constants.X_OK);
      return true;
    } catch {
      // Not in this folder.
    }
  }
  return false;
}

/**
 * Opens `target` (a URL or file path) in the user's browser, without
 * waiting for the browser. Never throws: the result says whether it worked.
 */
export async function openInBrowser(target: string, platform: NodeJS.Platform = process.platform, path = process.env["PATH"] ?? ""): Promise<OpenResult> {
  const opener = platformOpener(platform);
  if (platform !== "win32" && !(await onPath(opener.command, path))) {
    return { opened: false, reason: `no "${opener.command}" on PATH` };
  }
  return new Promise((resolve) => {
    const child = spawn(opener.command, opener.args(target), { detached: true, stdio: "ignore", windowsHide: true });
    child.once("error", (error) => resolve({ opened: false, reason: `"${opener.command}" failed: ${error.message}` }));
    child.once("spawn", () => {
      child.unref();
      resolve({ opened: true, opener: opener.command });
    });
  });
}
