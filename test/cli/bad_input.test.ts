import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readFixture } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";
import { run } from "./_run.ts";

const dir = useTempFolder();

/** Writes `bytes` to a file named `name` in the temporary folder. */
function file(name: string, bytes: Uint8Array | readonly number[]): string {
  const path = join(dir, name);
  writeFileSync(path, Uint8Array.from(bytes));
  return path;
}

/** 256 bytes of a fixed linear congruential sequence. */
function randomBytes(): Uint8Array {
  const bytes = new Uint8Array(256);
  let state = 7;
  for (let i = 0; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = (state >> 16) & 0xff;
  }
  return bytes;
}

const helloWorld = readFixture("hello_world.binproto");

/**
 * Each input, and what both commands print after `Cannot decode "<path>"`;
 * `validate` says more precisely why some are not a JobMetrics.
 */
const cases: { label: string; path: () => string; inspect: string; validate?: string }[] = [
  { label: "an empty file", path: () => file("empty.binproto", []), inspect: ": the file is empty" },
  { label: "random bytes", path: () => file("random.binproto", randomBytes()), inspect: ": not a metrics protobuf: unexpected end-group for field 13 at byte 0", validate: " as JobMetrics: unexpected end-group for field 13 at byte 0" },
  {
    label: "a truncated message",
    path: () => file("truncated.binproto", helloWorld.subarray(0, 1000)),
    inspect: ": not a metrics protobuf: length 4439 exceeds the 955 remaining bytes at byte 43",
    validate: " as JobMetrics: length 4439 exceeds the 955 remaining bytes at byte 43",
  },
  {
    label: "a protobuf of another type (a google.protobuf.Timestamp)",
    path: () => file("timestamp.binproto", [0x08, 0x80, 0xe2, 0xcf, 0xaa, 0x06, 0x10, 0x05]),
    inspect: ": not a metrics protobuf (JobMetrics: 2 unknown field(s); Metric: 2 unknown field(s); MetricsData: 1 unknown field(s))",
  },
  {
    label: "a field of the wrong wire type (metrics_status as bytes)",
    path: () => file("wire-type.binproto", [0x22, 0x01, 0x00]),
    inspect: ": not a metrics protobuf (JobMetrics: 1 unknown field(s); Metric: no id; MetricsData: no id)",
  },
  {
    label: "an absurd length prefix",
    path: () => file("length.binproto", [0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
    inspect: ": not a metrics protobuf: length 4294967295 exceeds the 0 remaining bytes at byte 1",
    validate: " as JobMetrics: length 4294967295 exceeds the 0 remaining bytes at byte 1",
  },
  {
    label: "a length prefix of 2^32 + 2, which must not wrap to 2",
    // field 15, then metrics_status = 5 in the two bytes a wrapped length would skip
    path: () => file("wrapped-length.binproto", [0x7a, 0x82, 0x80, 0x80, 0x80, 0x10, 0x20, 0x05]),
    inspect: ": not a metrics protobuf: length 4294967298 exceeds the 2 remaining bytes at byte 1",
    validate: " as JobMetrics: length 4294967298 exceeds the 2 remaining bytes at byte 1",
  },
  {
    label: "a tag padded to 6 bytes, which must not alias metrics_status",
    path: () => file("padded-tag.binproto", [0xa0, 0x80, 0x80, 0x80, 0x80, 0x00, 0x05]),
    inspect: ": not a metrics protobuf: tag longer than 5 bytes at byte 0",
    validate: " as JobMetrics: tag longer than 5 bytes at byte 0",
  },
  {
    label: "a string that is not UTF-8",
    // JobMetrics { job_id { id { data: "\xff" } } }
    path: () => file("utf8.binproto", [0x0a, 0x05, 0x0a, 0x03, 0x0a, 0x01, 0xff]),
    inspect: ": not a metrics protobuf: invalid UTF-8 in string field resim.proto.UUID.data at byte 6",
    validate: " as JobMetrics: invalid UTF-8 in string field resim.proto.UUID.data at byte 6",
  },
];

describe("unreadable input", () => {
  for (const c of cases) {
    for (const command of ["inspect", "validate"]) {
      test(`main() ${command} reports ${c.label} in one line and exits 2`, async () => {
        const path = c.path();
        const result = await run(command, path);
        const reason = command === "validate" ? (c.validate ?? c.inspect) : c.inspect;
        assert.equal(result.stderr, `resim-metrics: Cannot decode ${JSON.stringify(path)}${reason}\n`);
        assert.equal(result.stdout, "");
        assert.equal(result.code, 2);
      });
    }
  }

  const unreadable: { label: string; path: () => string; reason: string }[] = [
    { label: "a folder", path: () => (mkdirSync(join(dir, "folder"), { recursive: true }), join(dir, "folder")), reason: "it is a folder" },
    { label: "a missing file", path: () => join(dir, "missing.binproto"), reason: "no such file or directory" },
    { label: "a path through a file", path: () => join(file("plain", [1]), "child"), reason: "a parent of it is not a folder" },
  ];
  if (existsSync("/dev/zero")) unreadable.push({ label: "a device that never ends", path: () => "/dev/zero", reason: "it is not a regular file or a pipe" });
  for (const c of unreadable) {
    for (const command of ["inspect", "validate"]) {
      test(`main() ${command} reports ${c.label} in one line and exits 2`, async () => {
        const path = c.path();
        const result = await run(command, path);
        assert.equal(result.stderr, `resim-metrics: Cannot read ${JSON.stringify(path)}: ${c.reason}\n`);
        assert.equal(result.code, 2);
      });
    }
  }

  test("main() --debug adds the cause's stack trace to the one line", async () => {
    const path = file("debug.binproto", [0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    const result = await run("--debug", "inspect", path);
    const [line, ...stack] = result.stderr.trimEnd().split("\n");
    assert.equal(line, `resim-metrics: Cannot decode ${JSON.stringify(path)}: not a metrics protobuf: length 4294967295 exceeds the 0 remaining bytes at byte 1`);
    assert.match(stack[0]!, /^NotMetricsError: not a metrics protobuf/);
    assert.ok(stack.slice(1).every((frame) => /^\s+at /.test(frame)), stack.join("\n"));
    assert.equal(result.code, 2);
  });
});
