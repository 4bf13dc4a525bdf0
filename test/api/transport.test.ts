import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { createClient } from "../../src/api/client.ts";
import { nodeTransport, readBody } from "../../src/api/transport.ts";

/** A server on 127.0.0.1 answering with `answer`, counting the connections it accepted. */
async function withServer(answer: (request: IncomingMessage, response: ServerResponse) => void, run: (origin: string, connections: () => number) => Promise<void>): Promise<void> {
  let connections = 0;
  const server = createServer(answer);
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, () => connections);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const text = JSON.stringify({ batchID: "b", name: "x".repeat(2000) });
const encoders: Record<string, (bytes: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync, identity: (bytes) => bytes };

test("nodeTransport asks for gzip, deflate and br and decodes the body each way", async () => {
  const asked: (string | undefined)[] = [];
  await withServer(
    (request, response) => {
      asked.push(request.headers["accept-encoding"]);
      const encoding = request.url!.split("/")[1]!;
      response.writeHead(200, { "content-encoding": encoding }).end(encoders[encoding]!(Buffer.from(text)));
    },
    async (origin) => {
      for (const encoding of Object.keys(encoders)) {
        const response = await nodeTransport({ url: `${origin}/${encoding}`, headers: {}, signal: new AbortController().signal });
        assert.equal(new TextDecoder().decode(await readBody(response.body)), text, encoding);
      }
      // Through the client too, as the API would answer.
      const batch = await createClient({ apiURL: `${origin}/gzip`, token: "t" }).get("getBatch", { path: { projectID: "p", batchID: "b" } });
      assert.equal(batch.batchID, "b");
    },
  );
  assert.deepEqual(new Set(asked), new Set(["gzip, deflate, br"]));
});

test("nodeTransport sends one request after another over one kept-alive connection", async () => {
  await withServer(
    (_, response) => response.end("ok"),
    async (origin, connections) => {
      for (let i = 0; i < 5; i++) {
        const response = await nodeTransport({ url: `${origin}/${i}`, headers: {}, signal: new AbortController().signal });
        assert.equal(new TextDecoder().decode(await readBody(response.body)), "ok");
      }
      assert.equal(connections(), 1);
    },
  );
});

test("nodeTransport's idle connections do not keep the process alive", async () => {
  await withServer(
    (_, response) => response.end('{"batchID": "b"}'),
    async (origin) => {
      const client = new URL("../../src/api/client.ts", import.meta.url).href;
      const script = `const { createClient } = await import(${JSON.stringify(client)});
const batch = await createClient({ apiURL: ${JSON.stringify(`${origin}/v1`)}, token: "t" }).get("getBatch", { path: { projectID: "p", batchID: "b" } });
console.log(batch.batchID);`;
      const started = performance.now();
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise((resolve) => child.on("exit", resolve));
      // The server keeps idle connections for 5 s: a process held by one would end no sooner.
      assert.deepEqual([code, output], [0, "b\n"]);
      assert.ok(performance.now() - started < 4000, `the process took ${Math.round(performance.now() - started)} ms to end`);
    },
  );
});

test("nodeTransport goes through HTTP_PROXY when NODE_USE_ENV_PROXY=1, as fetch does", async () => {
  const asked: string[] = [];
  await withServer(
    (request, response) => {
      asked.push(`${request.url} ${request.headers.authorization}`);
      response.writeHead(200, { "content-type": "application/json" }).end('{"batchID": "b"}');
    },
    async (proxy) => {
      const client = new URL("../../src/api/client.ts", import.meta.url).href;
      const script = `const { createClient } = await import(${JSON.stringify(client)});
const batch = await createClient({ apiURL: "http://api.example.invalid/v1", token: "t" }).get("getBatch", { path: { projectID: "p", batchID: "b" } });
console.log(batch.batchID);`;
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_USE_ENV_PROXY: "1", HTTP_PROXY: proxy, NO_PROXY: "" } });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise((resolve) => child.on("exit", resolve));
      assert.deepEqual([code, output], [0, "b\n"]);
    },
  );
  assert.deepEqual(asked, ["http://api.example.invalid/v1/projects/p/batches/b Bearer t"]);
});
