import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { plotlySource } from "../../src/preview/index.ts";
import { repoDir } from "../_shared.ts";

test("plotlySource() reads Plotly from node_modules outside a single binary", () => {
  assert.equal(plotlySource(), readFileSync(`${repoDir}node_modules/plotly.js-dist-min/plotly.min.js`, "utf8"));
});
