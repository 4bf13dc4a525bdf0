import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { apiPages } from "../../build/api_docs.ts";

const bundle = `// header

declare module "resim-metrics" {
  export * from "resim-metrics/internal/sdk/index";
  export type { Options as WriterOptions } from "resim-metrics/internal/sdk/writer";
  /** The API's records. */
  export type * as Api from "resim-metrics/internal/api/gen/customerapi";
}

declare module "resim-metrics/internal/sdk/index" {
  export { Writer, helper } from "resim-metrics/internal/sdk/writer";
}

declare module "resim-metrics/internal/sdk/writer" {
  /**
   * Writes things.
   * @module
   */
  import { type Job } from "resim-metrics/internal/api/gen/customerapi";
  /** Options of a {@link Writer}. */
  export interface Options {
      /** The job. */
      readonly job?: Job;
  }
  /**
   * Collects things; {@link Writer.write} writes them.
   *
   * @example
   * \`\`\`ts
   * new Writer().write();
   * \`\`\`
   */
  export class Writer {
      #private;
      constructor(options?: Options);
      /**
       * Writes everything, see {@link helper | the helper}.
       * @param force - write even if nothing changed
       * @throws {RangeError} if it cannot
       */
      write(force?: boolean): {
          bytes: Uint8Array;
      };
  }
  export function helper(): void;
  export function helper(value: string): void;
  /** Not exported by resim-metrics. */
  export const internal = 1;
}

declare module "resim-metrics/internal/api/gen/customerapi" {
  /** \`job\` */
  export interface Job {
      jobID: string;
  }
}
`;

describe("the API reference", () => {
  const pages = apiPages(bundle);

  test("has a page per module with public names, and an index", () => {
    assert.deepEqual([...pages.keys()].sort(), ["api/gen/customerapi.md", "index.md", "sdk/writer.md"]);
    const index = pages.get("index.md")!;
    assert.match(index, /^## \[sdk\/writer\]\(sdk\/writer\.md\)\n\nWrites things\.$/m);
    assert.match(index, /^\| \[`Writer`\]\(sdk\/writer\.md#writer\) \| class \| Collects things; \[`Writer\.write`\]\(sdk\/writer\.md#writer-write\) writes them\. \|$/m);
    assert.match(index, /^\| \[`WriterOptions`\]\(sdk\/writer\.md#writeroptions\) \| interface \| Options of a \[`Writer`\]\(sdk\/writer\.md#writer\)\. \|$/m);
    assert.match(index, /\[`Api\.Job`\]\(api\/gen\/customerapi\.md#apijob\)/);
    assert.doesNotMatch(index, /internal/);
  });

  test("documents a class with its members, examples, parameters and throws", () => {
    const page = pages.get("sdk/writer.md")!;
    assert.match(page, /^## `Writer`\n\n\*class\*\n\nCollects things; \[`Writer\.write`\]\(#writer-write\) writes them\.\n\nExample:\n\n```ts\nnew Writer\(\)\.write\(\);\n```\n/m);
    assert.match(page, /```ts\nexport class Writer \{\n {4}constructor\(options\?: Options\);\n {4}write\(force\?: boolean\): \{\n {8}bytes: Uint8Array;\n {4}\};\n\}\n```/);
    assert.match(page, /<a id="writer-write"><\/a>\n\n```ts\nwrite\(force\?: boolean\): \{\n {4}bytes: Uint8Array;\n\};\n```\n\nWrites everything, see \[the helper\]\(#helper\)\.\n\nParameters:\n\n- `force`: write even if nothing changed\n\nThrows `RangeError` if it cannot/);
    assert.doesNotMatch(page, /#private/);
  });

  test("groups overloads under one heading", () => {
    const page = pages.get("sdk/writer.md")!;
    assert.equal(page.match(/^## `helper`$/gm)?.length, 1);
    assert.match(page, /^## `helper`\n\n\*function\*\n\n```ts\nexport function helper\(\): void;\nexport function helper\(value: string\): void;\n```$/m);
  });

  test("fails on a re-export of a name the module does not declare", () => {
    assert.throws(() => apiPages(bundle.replace("export { Writer, helper }", "export { Writer, missing }")), /Cannot document "missing": "resim-metrics\/internal\/sdk\/writer" does not export "missing"/);
  });
});
