/**
 * The documentation pages the docs tests read: README.md and every page
 * under docs/.
 * @module
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoDir } from "../_shared.ts";

/** A page: its path from the repository root, and its text. */
export interface Page {
  readonly path: string;
  readonly text: string;
}

function markdownUnder(dir: string): string[] {
  return readdirSync(join(repoDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return markdownUnder(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** README.md and docs/**\/*.md, in a stable order. */
export function documentationPages(): Page[] {
  return ["README.md", ...markdownUnder("docs").sort()].map((path) => ({ path, text: readFileSync(join(repoDir, path), "utf8") }));
}
