import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseUuid } from "../../src/validate/index.ts";
import { acceptedUuids, rejectedUuids } from "./uuid.testdata.ts";

describe("parseUuid()", () => {
  for (const [input, uuid] of acceptedUuids) {
    test(`parseUuid() accepts ${JSON.stringify(input)} as ${uuid} [UUID-01]`, () => {
      assert.equal(parseUuid(input), uuid);
    });
  }
  for (const input of rejectedUuids) {
    test(`parseUuid() rejects ${JSON.stringify(input)} [UUID-01]`, () => {
      assert.equal(parseUuid(input), undefined);
    });
  }
});
