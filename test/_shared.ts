/**
 * Paths the tests share: the repository, the fixtures written by ReSim's own
 * SDK (`test/fixtures/`), and ReSim's upstream reference (`../shared/`),
 * which is optional: tests that compare against it skip, saying why, when a
 * clone has nothing beside it.
 * @module
 */

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (with a trailing slash). */
export const repoDir: string = fileURLToPath(new URL("../", import.meta.url));

/** `../shared/` beside the repository (with a trailing slash); it may not exist. */
const sharedDir: string = fileURLToPath(new URL("../../shared/", import.meta.url));

/**
 * The path of a file of ReSim's upstream reference in `../shared/`, or the
 * reason a test comparing against it skips, for `test(name, { skip }, …)`.
 *
 * @example
 * const spec = upstreamReference("reference/upstream/customerapi.yaml");
 * test("agrees with the upstream contract", { skip: spec.skip }, () => readFileSync(spec.path!, "utf8"));
 */
export function upstreamReference(relative: string): { path: string; skip: false } | { path: undefined; skip: string } {
  const path = `${sharedDir}${relative}`;
  if (existsSync(path)) return { path, skip: false };
  return { path: undefined, skip: `needs ReSim's upstream reference at ${path}, absent in this clone` };
}

/** Absolute path of a file in `test/fixtures/`. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
}

/** Bytes of a file in `test/fixtures/`. */
export function readFixture(name: string): Uint8Array {
  return readFileSync(fixturePath(name));
}

/** The JobMetrics fixtures written by ReSim's Python SDK. */
export const jobMetricsFixtures: readonly string[] = [
  "hello_world.binproto",
  "upstream_all_types.binproto",
  "upstream_all_types_block.binproto",
];
