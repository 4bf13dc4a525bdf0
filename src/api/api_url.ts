/**
 * URL handling for the client: the API base URL, path templates, and URLs
 * safe to print (no query string, so presigned signatures stay private).
 * @module
 */

/** Why a URL cannot be the API's base URL. */
export interface ApiURLProblem {
  /** The end of a sentence about the URL: "must …". */
  readonly reason: string;
  /** Whether the URL may hold credentials or signatures, so that it must not be printed as written. */
  readonly secret: boolean;
}

/**
 * What makes `apiURL` unusable as the API's base URL, or `undefined` when it
 * is usable. Config parsing and the client judge URLs by this one rule.
 */
export function apiURLProblem(apiURL: string): ApiURLProblem | undefined {
  const url = URL.parse(apiURL);
  if (url?.protocol !== "https:" && url?.protocol !== "http:") return { reason: "must be an absolute http or https URL", secret: false };
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    return { reason: "must not carry credentials, a query or a fragment", secret: true };
  }
  return undefined;
}

/**
 * `apiURL` without its trailing slashes; its path prefix (such as `/v1` or a
 * proxy's `/prefix/v1`) is kept as it is, never completed.
 *
 * @throws {TypeError} when {@link apiURLProblem} finds `apiURL` unusable
 */
export function normalizeApiURL(apiURL: string): string {
  const problem = apiURLProblem(apiURL);
  if (problem !== undefined) throw new TypeError(`Cannot use API URL "${printableURL(apiURL)}": it ${problem.reason}`);
  return new URL(apiURL).href.replace(/\/+$/, "");
}

/** Whether `value` is written as a UUID (8-4-4-4-12 hex digits), the form of every id in API paths. */
export function isApiId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A warning about `apiURL` (already normalized) when it does not end in a version such as `/v1`. */
export function apiURLWarning(apiURL: string): string | undefined {
  return /\/v\d+$/.test(new URL(apiURL).pathname)
    ? undefined
    : `API URL "${apiURL}" does not end in a version such as "/v1": requests will probably fail with 404`;
}

/** Fills the `{name}` placeholders of `template` with URI-encoded values (arrays joined with commas). */
export function expandPath(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Cannot build path "${template}": parameter "${name}" is missing`);
    return (Array.isArray(value) ? value : [value]).map((v) => encodeURIComponent(String(v))).join(",");
  });
}

/** `url` without its query string and fragment, which for presigned URLs hold the signature. */
export function printableURL(url: string): string {
  const cut = url.search(/[?#]/);
  return (cut === -1 ? url : url.slice(0, cut)).replace(/\/\/[^/@]*@/, "//");
}
