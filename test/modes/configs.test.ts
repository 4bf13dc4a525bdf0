import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { inspect } from "node:util";
import { InputError, parseBatchConfig, parseReportConfig } from "../../src/modes/index.ts";

const token = "eyJhbGciOiJSUzI1NiJ9.secret-payload.signature";
const tokenParts = token.split(/[.-]/);
const batchID = "7579affb-3e5b-4f02-871b-bf275aef67ee";
const projectID = "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b";
const reportID = "0d0c5b7a-1e2f-4a3b-8c9d-0e1f2a3b4c5d";
const batchPath = "/in/batch_metrics_config.json";
const reportPath = "/in/report_config.json";

describe("parseBatchConfig()", () => {
  test("parseBatchConfig() reads the four fields and ignores unknown ones", () => {
    const config = parseBatchConfig(JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1/", batchID, projectID, extra: 1 }), batchPath);
    assert.equal(config.authToken.reveal(), token);
    assert.equal(config.apiURL, "https://api.resim.ai/v1/");
    assert.equal(config.batchID, batchID);
    assert.equal(config.projectID, projectID);
    assert.deepEqual(Object.keys(config), ["authToken", "apiURL", "batchID", "projectID"]);
  });

  const invalid: { name: string; text: string; message: string; field?: string }[] = [
    { name: "malformed JSON", text: `{"authToken": "${token}" "apiURL": 1}`, message: `Cannot parse "${batchPath}": expected ',' or '}' after property value in JSON at position ${token.length + 17} (line 1 column ${token.length + 18})` },
    { name: "JSON that V8 quotes in its message", text: `["${token}",]`, message: `Cannot parse "${batchPath}": unexpected token ']'` },
    { name: "an empty file", text: "", message: `Cannot parse "${batchPath}": unexpected end of JSON input` },
    { name: "an array", text: "[]", message: `Cannot parse "${batchPath}": expected a JSON object, got an array` },
    { name: "null", text: "null", message: `Cannot parse "${batchPath}": expected a JSON object, got null` },
    { name: "a missing token", text: JSON.stringify({ apiURL: "https://a/v1", batchID }), field: "authToken", message: `Cannot parse "${batchPath}": field "authToken" is missing` },
    { name: "a token of the wrong type", text: JSON.stringify({ authToken: 42, apiURL: "https://a/v1", batchID }), field: "authToken", message: `Cannot parse "${batchPath}": field "authToken" must be a string, got a number` },
    { name: "an empty token", text: JSON.stringify({ authToken: " ", apiURL: "https://a/v1", batchID }), field: "authToken", message: `Cannot parse "${batchPath}": field "authToken" must not be empty` },
    { name: "a non-URL apiURL", text: JSON.stringify({ authToken: token, apiURL: "api.resim.ai", batchID }), field: "apiURL", message: `Cannot parse "${batchPath}": field "apiURL" must be an absolute http or https URL, got "api.resim.ai"` },
    { name: "an ftp apiURL", text: JSON.stringify({ authToken: token, apiURL: "ftp://api.resim.ai/v1", batchID }), field: "apiURL", message: `Cannot parse "${batchPath}": field "apiURL" must be an absolute http or https URL, got "ftp://api.resim.ai/v1"` },
    { name: "an apiURL with credentials", text: JSON.stringify({ authToken: token, apiURL: "https://user:pw@api.resim.ai/v1", batchID, projectID }), field: "apiURL", message: `Cannot parse "${batchPath}": field "apiURL" must not carry credentials, a query or a fragment` },
    { name: "an apiURL with a query", text: JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1?region=eu", batchID, projectID }), field: "apiURL", message: `Cannot parse "${batchPath}": field "apiURL" must not carry credentials, a query or a fragment` },
    { name: "a missing batchID", text: JSON.stringify({ authToken: token, apiURL: "https://a/v1" }), field: "batchID", message: `Cannot parse "${batchPath}": field "batchID" is missing` },
    { name: "a batchID that is not a UUID", text: JSON.stringify({ authToken: token, apiURL: "https://a/v1", batchID: "batch-1" }), field: "batchID", message: `Cannot parse "${batchPath}": field "batchID" must be a UUID, got "batch-1"` },
    { name: "a missing projectID (configs before 2025)", text: JSON.stringify({ authToken: token, apiURL: "https://a/v1", batchID }), field: "projectID", message: `Cannot parse "${batchPath}": field "projectID" is missing` },
    { name: "a projectID that is null", text: JSON.stringify({ authToken: token, apiURL: "https://a/v1", batchID, projectID: null }), field: "projectID", message: `Cannot parse "${batchPath}": field "projectID" must be a string, got null` },
    { name: "a projectID that is not a UUID", text: JSON.stringify({ authToken: token, apiURL: "https://a/v1", batchID, projectID: "p1" }), field: "projectID", message: `Cannot parse "${batchPath}": field "projectID" must be a UUID, got "p1"` },
  ];
  for (const { name, text, message, field } of invalid) {
    test(`parseBatchConfig() rejects ${name} without echoing the token`, () => {
      assert.throws(
        () => parseBatchConfig(text, batchPath),
        (error) => {
          assert.ok(error instanceof InputError);
          assert.equal(error.message, message);
          assert.equal(error.path, batchPath);
          assert.equal(error.field, field);
          for (const part of tokenParts) assert.ok(!error.message.includes(part), error.message);
          return true;
        },
      );
    });
  }
});

describe("parseReportConfig()", () => {
  test("parseReportConfig() reads the four fields", () => {
    const config = parseReportConfig(JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", reportID, projectID }), reportPath);
    assert.deepEqual(
      { apiURL: config.apiURL, reportID: config.reportID, projectID: config.projectID, token: config.authToken.reveal() },
      { apiURL: "https://api.resim.ai/v1", reportID, projectID, token },
    );
  });

  test("parseReportConfig() requires projectID", () => {
    assert.throws(() => parseReportConfig(JSON.stringify({ authToken: token, apiURL: "https://a/v1", reportID }), reportPath), {
      name: "InputError",
      message: `Cannot parse "${reportPath}": field "projectID" is missing`,
    });
  });

  test("a parsed config never shows its token when printed", () => {
    const config = parseReportConfig(JSON.stringify({ authToken: token, apiURL: "https://a/v1", reportID, projectID }), reportPath);
    for (const printed of [inspect(config, { depth: 5 }), JSON.stringify(config), `${config.authToken}`, String(config.authToken)]) {
      assert.ok(!printed.includes(token), printed);
      assert.ok(printed.includes("[redacted]"), printed);
    }
  });
});
