import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { generate } from "../../build/gen_proto.ts";
import { repoDir } from "../_shared.ts";

test("src/proto/gen/metrics_pb.ts is what build/gen_proto.ts generates from proto/", () => {
  const committed = readFileSync(`${repoDir}src/proto/gen/metrics_pb.ts`, "utf8");
  assert.ok(committed === generate(`${repoDir}proto`), "stale generated code: run `npm run generate`");
});
