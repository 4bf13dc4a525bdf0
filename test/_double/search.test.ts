import { test } from "node:test";
import assert from "node:assert/strict";
import { matchesSearch, parseSearch, parseTime } from "./search.ts";

test("parseTime() reads RFC 3339 and Python's str(datetime) alike", () => {
  const micros = Date.parse("2024-05-01T12:34:56.789Z") * 1000;
  for (const text of ["2024-05-01T12:34:56.789Z", "2024-05-01 12:34:56.789000+00:00", "2024-05-01T14:34:56.789+02:00", "2024-05-01t12:34:56.789z"]) {
    assert.equal(parseTime(text), micros, text);
  }
  assert.equal(parseTime("2024-05-01 12:34:56.000001+00:00"), Date.parse("2024-05-01T12:34:56Z") * 1000 + 1);
  assert.equal(parseTime("2024-05-01"), undefined);
});

test("matchesSearch() applies every clause, with strict time bounds", () => {
  const batch = { associatedAccount: "a", testSuiteID: "s", branchID: "b", creationTimestamp: "2024-01-01T00:00:00Z", testSuiteRevision: 3 };
  const cases: [search: string, matches: boolean][] = [
    ['test_suite_id = "s" AND branch_id = "b"', true],
    ['test_suite_id = "x"', false],
    ['created_at > "2023-12-31 23:59:59+00:00" AND created_at < "2024-01-01 00:00:00.000001+00:00"', true],
    ['created_at > "2024-01-01 00:00:00+00:00"', false],
    ['created_at < "2024-01-01T00:00:00Z"', false],
    ["test_suite_revision = 3", true],
    ["test_suite_revision > 3", false],
  ];
  for (const [search, matches] of cases) assert.equal(matchesSearch(batch, parseSearch(search)), matches, search);
});

test("parseSearch() rejects unknown fields and malformed clauses", () => {
  const cases: [search: string, message: string][] = [
    ['colour = "red"', 'unknown field "colour"'],
    ['branch_id > "b"', 'field "branch_id" supports only "="'],
    ["branch_id = b", 'malformed clause "branch_id = b"'],
    ['created_at > "yesterday"', 'bad time in "created_at > "yesterday""'],
  ];
  for (const [search, message] of cases) assert.throws(() => parseSearch(search), { name: "SearchError", message });
});
