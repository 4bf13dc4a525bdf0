/**
 * URL handling for the client: the API base URL, path templates, and URLs
 * safe to print (no query string, so presigned signatures stay private).
 * @module
 */

/**
 * `apiURL` without its trailing slashes; its path prefix (such as `/v1` or a
 * proxy's `/prefix/v1`) is kept as it is, never completed.
 *
 * @throws {TypeError} when `apiURL` is not an absolute http(s) URL
 */
export function normalizeApiURL(apiURL: string): string {
  let url: URL;
  try {
    url = new URL(apiURL);
  } catch {
    throw new TypeError(`Cannot use API URL "${apiURL}": not an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`Cannot use API URL "${apiURL}": the scheme must be https or http`);
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new TypeError(`Cannot use API URL "${printableURL(apiURL)}": it must not carry credentials, a query or a fragment`);
  }
  return url.href.replace(/\/+$/, "");
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
