/**
 * One HTTP GET and its streamed answer: the seam between the API client and
 * the network. The default is node:http(s) with keep-alive connections,
 * which costs the client about half the CPU per request of `fetch`;
 * benchmarks wrap it to watch what goes over the wire.
 * @module
 */

import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { pipeline } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/** What the client asks a {@link Transport} to GET. */
export interface TransportRequest {
  /** An absolute http(s) URL. */
  readonly url: string;
  /** Request headers by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  /** Aborts the request, its body included. */
  readonly signal: AbortSignal;
}

/** An answer whose body has not been read yet. */
export interface TransportResponse {
  readonly status: number;
  readonly statusText: string;
  /** The value of a response header, by lower-case name; undefined when absent. */
  header(name: string): string | undefined;
  /**
   * The body, decoded as its `content-encoding` says. Iterating it throws
   * when the connection ends before the length the headers announced, so a
   * body cut short never passes for a whole one. Read it to the end, or
   * abort the request's signal.
   */
  readonly body: AsyncIterable<Uint8Array>;
}

/**
 * Sends a GET and resolves with the answer once its headers arrive; rejects
 * when no answer comes (connection refused or reset, the signal aborted).
 * Redirects are not followed: a 3xx is an answer like any other.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The encodings {@link nodeTransport} asks for and decodes. */
const decoders: Readonly<Record<string, () => NodeJS.ReadWriteStream>> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};
const acceptEncoding = "gzip, deflate, br";

/**
 * A transport on node:http and node:https through their global agents,
 * which keep connections alive (idle ones for 5 s, without keeping the
 * process alive) and, as `fetch` does, go through `HTTP_PROXY` or
 * `HTTPS_PROXY` (but not to `NO_PROXY` hosts) when `NODE_USE_ENV_PROXY=1`.
 * It sends `accept-encoding: gzip, deflate, br` unless the request sets
 * one, and decodes the body accordingly.
 *
 * @example
 * const response = await nodeTransport({ url: "https://api.resim.ai/v1/health", headers: {}, signal: AbortSignal.timeout(5000) });
 * for await (const chunk of response.body) process.stdout.write(chunk);
 */
export const nodeTransport: Transport = ({ url, headers, signal }) =>
  new Promise((resolve, reject) => {
    const send = url.startsWith("https:") ? httpsRequest : httpRequest;
    const request = send(url, { headers: { "accept-encoding": acceptEncoding, ...headers }, signal });
    request.once("response", (response) => resolve(answer(response)));
    // Later errors (the connection lost mid-body) reach the body's reader; this keeps them from being unhandled.
    request.on("error", reject);
    request.end();
  });

function answer(response: IncomingMessage): TransportResponse {
  const encoding = response.headers["content-encoding"]?.trim().toLowerCase();
  const decoder = encoding === undefined || encoding === "identity" ? undefined : decoders[encoding];
  let body: AsyncIterable<Uint8Array> = response;
  if (decoder !== undefined) {
    const decoded = decoder();
    // A failure on either side ends the other, and iterating the decoded body throws it.
    pipeline(response, decoded, () => {});
    body = decoded as AsyncIterable<Uint8Array>;
  }
  return {
    status: response.statusCode ?? 0,
    statusText: response.statusMessage ?? "",
    header: (name) => {
      const value = response.headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    },
    body: whole(body),
  };
}

/** `body`, failing with a message that says so when it cannot be read to its end (connection lost, undecodable encoding). */
async function* whole(body: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* body;
  } catch (error) {
    throw new Error("the body could not be read to its end", { cause: error });
  }
}

/**
 * The whole of a body, in one array of its own.
 *
 * @example
 * const bytes = await readBody(response.body);
 */
export async function readBody(body: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
