/**
 * Paths to the reference material beside the repository (`../shared`):
 * fixtures written by ReSim's own SDK and the upstream schema.
 * @module
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (with a trailing slash). */
export const repoDir: string = fileURLToPath(new URL("../", import.meta.url));

/** Absolute path of `../shared/` (with a trailing slash). */
export const sharedDir: string = fileURLToPath(new URL("../../shared/", import.meta.url));

/** Absolute path of a file in `../shared/fixtures/`. */
export function fixturePath(name: string): string {
  return `${sharedDir}fixtures/${name}`;
}

/** Bytes of a file in `../shared/fixtures/`. */
export function readFixture(name: string): Uint8Array {
  return readFileSync(fixturePath(name));
}

/** The JobMetrics fixtures written by ReSim's Python SDK. */
export const jobMetricsFixtures: readonly string[] = [
  "hello_world.binproto",
  "upstream_all_types.binproto",
  "upstream_all_types_block.binproto",
];
