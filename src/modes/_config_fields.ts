/**
 * Typed access to the fields of a JSON config object, failing with one-line
 * errors that name the file and the field and never echo a token.
 * @module
 */

import { apiURLProblem, isApiId } from "../api/api_url.ts";
import { InputError } from "./input_error.ts";
import { parseInputJson } from "./input_files.ts";
import { Secret } from "./secret.ts";

/** The JSON type of `value` with an article, for messages: `a number`, `an array`, `null`. */
function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** The fields of one config file; each getter validates one field. */
export class ConfigFields {
  readonly #object: Readonly<Record<string, unknown>>;
  readonly #path: string;

  /** Parses `text`, the content of the config at `path`, which must be a JSON object. */
  constructor(text: string, path: string) {
    const value = parseInputJson(text, path);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new InputError(`Cannot parse "${path}": expected a JSON object, got ${describeJsonType(value)}`, path);
    }
    this.#object = value as Record<string, unknown>;
    this.#path = path;
  }

  #fail(field: string, detail: string): never {
    throw new InputError(`Cannot parse "${this.#path}": field "${field}" ${detail}`, this.#path, { field });
  }

  /** A non-empty string field. Wrong values are described by type only, never quoted. */
  #string(field: string): string {
    const value = this.#object[field];
    if (value === undefined) this.#fail(field, "is missing");
    if (typeof value !== "string") this.#fail(field, `must be a string, got ${describeJsonType(value)}`);
    if (value.trim() === "") this.#fail(field, "must not be empty");
    return value;
  }

  /** A token: a non-empty string, wrapped so that it never prints. */
  secret(field: string): Secret {
    return new Secret(this.#string(field));
  }

  /** A UUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`), as written. */
  uuid(field: string): string {
    const value = this.#string(field);
    if (!isApiId(value)) this.#fail(field, `must be a UUID, got "${value}"`);
    return value;
  }

  /**
   * An absolute `http:` or `https:` URL, as written, usable as an API base:
   * no credentials (which are not echoed), query or fragment.
   */
  httpUrl(field: string): string {
    const value = this.#string(field);
    const problem = apiURLProblem(value);
    if (problem !== undefined) this.#fail(field, problem.secret ? problem.reason : `${problem.reason}, got "${value}"`);
    return value;
  }
}
