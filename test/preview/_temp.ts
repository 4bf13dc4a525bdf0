/**
 * Temporary folders for preview tests, removed when the test ends.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestContext } from "node:test";

/** A fresh folder that is deleted after the test `t`. */
export function tempFolder(t: TestContext): string {
  const folder = mkdtempSync(join(tmpdir(), "resim-preview-"));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
