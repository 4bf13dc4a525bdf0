import { test } from "node:test";
import assert from "node:assert/strict";
import { embeddedText } from "../../src/files/index.ts";

// Inside the binary, test/build/binary.test.ts reads both embedded texts through `types` and `preview`.
test("embeddedText() is undefined outside the single binary", () => {
  assert.equal(embeddedText("plotly.min.js.br"), undefined);
});
