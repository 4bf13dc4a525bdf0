import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { format, inspect } from "node:util";
import { redactSecrets, Secret } from "../../src/modes/index.ts";

describe("Secret", () => {
  test("Secret prints as [redacted] in every printable form", () => {
    const secret = new Secret("s3cr3t-value");
    assert.deepEqual(
      [String(secret), `${secret}`, JSON.stringify({ secret }), inspect(secret), format("%s %o %O %j", secret, secret, secret, secret)],
      ["[redacted]", "[redacted]", '{"secret":"[redacted]"}', "[redacted]", "[redacted] [redacted] [redacted] \"[redacted]\""],
    );
  });

  test("Secret.reveal() returns the value", () => {
    assert.equal(new Secret("abc").reveal(), "abc");
  });
});

describe("redactSecrets()", () => {
  test("redactSecrets() scrubs the values of every secret created", () => {
    new Secret("first-token-value");
    new Secret("second-token-value");
    assert.equal(
      redactSecrets("GET failed with first-token-value and second-token-value, twice: first-token-value"),
      "GET failed with [redacted] and [redacted], twice: [redacted]",
    );
  });

  test("redactSecrets() leaves values too short to be tokens alone", () => {
    new Secret("t");
    assert.equal(redactSecrets("batch metrics"), "batch metrics");
  });

  test("redactSecrets() leaves text without secrets alone", () => {
    assert.equal(redactSecrets("nothing to hide"), "nothing to hide");
  });
});
