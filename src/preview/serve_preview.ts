/**
 * The preview server: serves a page on 127.0.0.1 (a metrics file's preview,
 * or an evaluation's page), serves the external files it links, and
 * re-renders when what it is made from changes, telling open pages to
 * reload (server-sent events).
 * @module
 */

import { createReadStream, watch, type FSWatcher } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, dirname } from "node:path";
import { buildPreview, type Preview } from "./build_preview.ts";
import { imageMediaType } from "./read_preview_source.ts";
import { renderErrorPage } from "./render/index.ts";

/** Options of {@link servePreview}. */
export interface ServePreviewOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Called after each re-render caused by a change, with the new preview or the error that replaced it. */
  onUpdate?: (update: { preview: Preview } | { error: Error }) => void;
  /** Milliseconds to wait for a burst of file changes to settle before re-rendering. */
  settleMs?: number;
}

/** A running preview server. */
export interface PreviewServer {
  /** The page's URL, e.g. `http://127.0.0.1:43117/`. */
  url: string;
  /** Stops watching, ends open connections and closes the server. */
  close(): Promise<void>;
}

const eventsPath = "/events";
const filesPrefix = "/files/";

/**
 * Renders `input` (a metrics file, or a folder holding `metrics.binproto`)
 * and serves it until {@link PreviewServer.close}.
 *
 * @throws {PreviewFileError} when the input cannot be previewed at start
 */
export async function servePreview(input: string, options: ServePreviewOptions = {}): Promise<PreviewServer> {
  const first = await buildPreview(input, { files: { mode: "link", prefix: filesPrefix }, liveReloadUrl: eventsPath });
  const metricsPath = first.metricsPath;
  const { onUpdate, ...rest } = options;
  const source: ServedPageSource<Preview> = {
    title: basename(metricsPath),
    // The folder, not the file: writers often replace the file (a new inode), which a file watch would lose.
    watch: [{ path: dirname(metricsPath), recursive: false }],
    render: (live) => buildPreview(input, { files: { mode: "link", prefix: filesPrefix }, liveReloadUrl: live }),
  };
  return servePage(source, onUpdate === undefined ? rest : { ...rest, onUpdate: (update) => onUpdate("page" in update ? { preview: update.page } : update) }, first);
}

/** A page {@link servePage} serves: how to render it, what it is called, and what to watch. */
export interface ServedPageSource<Page extends { html: string; servedFiles: ReadonlyMap<string, string> }> {
  /** The title of the error page shown while the page cannot be rendered. */
  readonly title: string;
  /** Folders (or files) whose changes re-render the page. */
  readonly watch: readonly { readonly path: string; readonly recursive: boolean }[];
  /** Renders the page; `liveReloadUrl` is the event stream its script listens to. */
  render(liveReloadUrl: string): Promise<Page>;
}

/**
 * Serves a page that re-renders when what it is made from changes, telling
 * open copies to reload; files the page links (`servedFiles`) are served too.
 *
 * @example
 * ```ts
 * const server = await servePage({ title: "eval", watch: [{ path: "runs", recursive: true }], render: async (live) => ({ html: page(live), servedFiles: new Map() }) });
 * console.log(server.url);
 * ```
 * @throws whatever `render` throws the first time (unless `first` is given)
 */
export async function servePage<Page extends { html: string; servedFiles: ReadonlyMap<string, string> }>(
  source: ServedPageSource<Page>,
  options: { port?: number; settleMs?: number; onUpdate?: (update: { page: Page } | { error: Error }) => void } = {},
  first?: Page,
): Promise<PreviewServer> {
  let current: { page: Page } | { error: Error } = { page: first ?? (await source.render(eventsPath)) };
  const listeners = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(response, 400, "text/plain", "Bad request: malformed URL\n");
    }
    if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "text/plain", "Method not allowed\n");
    if (path === "/" || path === "/index.html") {
      if ("page" in current) return send(response, 200, "text/html; charset=utf-8", current.page.html);
      return send(response, 500, "text/html; charset=utf-8", renderErrorPage(source.title, current.error.message, eventsPath));
    }
    if (path === eventsPath) {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      listeners.add(response);
      response.on("close", () => listeners.delete(response));
      return;
    }
    const file = "page" in current ? current.page.servedFiles.get(path) : undefined;
    if (file !== undefined) {
      response.writeHead(200, { "content-type": imageMediaType(file) ?? "application/octet-stream", "cache-control": "no-store" });
      if (request.method === "HEAD") return response.end();
      createReadStream(file)
        .on("error", () => response.destroy())
        .pipe(response);
      return;
    }
    send(response, 404, "text/plain", `Not found: ${path}\n`);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let rendering = Promise.resolve();
  const rerender = () => {
    rendering = rendering.then(async () => {
      try {
        current = { page: await source.render(eventsPath) };
      } catch (error) {
        current = { error: error instanceof Error ? error : new Error(String(error)) };
      }
      options.onUpdate?.(current);
      for (const listener of listeners) listener.write("event: change\ndata: \n\n");
    });
  };
  const watchers: FSWatcher[] = source.watch.map(({ path, recursive }) =>
    watch(path, { recursive }, () => {
      clearTimeout(timer);
      timer = setTimeout(rerender, options.settleMs ?? 150);
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      for (const watcher of watchers) watcher.close();
      clearTimeout(timer);
      await rendering;
      for (const listener of listeners) listener.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(response.req.method === "HEAD" ? undefined : body);
}
