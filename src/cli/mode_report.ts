/**
 * Rendering a selected mode for `resim-metrics mode`: aligned text for
 * people, JSON for tools. Tokens print as `[redacted]` in both.
 * @module
 */

import { existsSync } from "node:fs";
import type { Folders, SelectedMode } from "../modes/index.ts";
import { type OutputStream, stylesFor } from "./terminal.ts";

function configEntries(selected: SelectedMode): [string, string][] {
  if (selected.mode === "test") {
    const state = (path: string) => `${path}${existsSync(path) ? "" : " (missing)"}`;
    return [
      ["experience", state(selected.experienceDir)],
      ["logs", state(selected.logsDir)],
    ];
  }
  return [["config", selected.configPath], ...Object.entries(selected.config).map(([key, value]): [string, string] => [`  ${key}`, String(value)])];
}

/** `selected` as aligned `name: value` lines, then its warnings. */
export function renderModeText(selected: SelectedMode, folders: Folders, stream: OutputStream): string {
  const styles = stylesFor(stream);
  const entries: [string, string][] = [
    ["mode", styles.bold(selected.mode)],
    ["inputs", folders.inputsDir],
    ["outputs", folders.outputsDir],
    ...configEntries(selected),
  ];
  const width = Math.max(...entries.map(([name]) => name.length)) + 1;
  const lines = entries.map(([name, value]) => `${`${name}:`.padEnd(width)} ${value}`);
  return [...lines, ...selected.warnings.map((warning) => styles.yellow(`warning: ${warning}`)), ""].join("\n");
}

/** `selected` and the folders as one JSON object. */
export function renderModeJson(selected: SelectedMode, folders: Folders): string {
  return `${JSON.stringify({ ...selected, outputsDir: folders.outputsDir }, null, 2)}\n`;
}
