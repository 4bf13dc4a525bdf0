import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ApiError } from "../../src/api/error.ts";
import { FolderError } from "../../src/api/folder_source.ts";
import { UnusableResponseError } from "../../src/api/unusable_response_error.ts";
import { InputError, Secret } from "../../src/modes/index.ts";
import { createLogger, isDataError, sourceOpener } from "../../src/runner/index.ts";

const access = { apiURL: "http://127.0.0.1:9/v1", authToken: new Secret("eyJhbGciOi.opener-test.sig") };

describe("sourceOpener()", () => {
  test("sourceOpener() opens one source on first use: the folder with --from, else the API with the config's URL", async () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line), debug: false });
    const fromFolder = sourceOpener(access, "/saved/fetch", log);
    const first = await fromFolder();
    assert.equal(first.origin, "/saved/fetch");
    assert.equal(await fromFolder(), first);
    const fromApi = await sourceOpener({ ...access, apiURL: "http://127.0.0.1:9/v1/" }, undefined, log)();
    assert.equal(fromApi.origin, "http://127.0.0.1:9/v1");
    assert.deepEqual(lines, []);
    await sourceOpener({ ...access, apiURL: "http://127.0.0.1:9/api" }, undefined, log)();
    assert.deepEqual(lines, ['warning: API URL "http://127.0.0.1:9/api" does not end in a version such as "/v1": requests will probably fail with 404\n']);
  });
});

describe("isDataError()", () => {
  const cases: [error: unknown, expected: boolean][] = [
    [new ApiError({ action: "list jobs", reason: "unauthenticated", method: "GET", url: "http://a/v1", status: 401 }), true],
    [new UnusableResponseError('metric "m" of job "j"', "its record has no metricID"), true],
    [new FolderError("/f", "manifest.json", "unknown format"), true],
    [new InputError('Cannot read "x": no such file or directory', "x"), false],
    [new TypeError("undefined is not a function"), false],
    ["a string", false],
  ];
  for (const [error, expected] of cases) {
    test(`isDataError() is ${expected} for ${error instanceof Error ? error.name : typeof error}`, () => {
      assert.equal(isDataError(error), expected);
    });
  }
});
