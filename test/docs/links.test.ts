/**
 * Every relative link of README.md and docs/ (the generated API reference
 * included) names a file or folder of the repository, and every `#anchor`
 * a heading of the page it points to.
 */

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { headingAnchor, markdownLinks, pageAnchors } from "../../build/markdown.ts";
import { repoDir } from "../_shared.ts";
import { documentationPages } from "./_pages.ts";

/** Why `target`, linked from the page at `from`, does not resolve, or undefined when it does. */
function brokenLink(from: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  const [path = "", anchor] = target.split("#") as [string, string?];
  const file = path === "" ? from : normalize(join(dirname(from), decodeURIComponent(path)));
  if (file.startsWith("..")) return `it leaves the repository`;
  const absolute = join(repoDir, file);
  if (!existsSync(absolute)) return `"${file}" does not exist`;
  if (anchor === undefined) return undefined;
  if (statSync(absolute).isDirectory() || !file.endsWith(".md")) return `"${file}" is not a Markdown page, so it has no #${anchor}`;
  return pageAnchors(readFileSync(absolute, "utf8")).has(anchor) ? undefined : `"${file}" has no heading with the anchor #${anchor}`;
}

/** Pages the README and the index link to that are written with the features they describe. */
const featurePages = ["docs/metrics-2.md", "docs/eval.md"];
const absentFeaturePages = featurePages.filter((page) => !existsSync(join(repoDir, page)));

describe("the links of the documentation", () => {
  for (const page of absentFeaturePages) test(`links to ${page} resolve`, { skip: `${page} is not in this tree yet` }, () => {});

  for (const { path, text } of documentationPages()) {
    test(`${path}: relative links resolve`, () => {
      const broken = markdownLinks(text).flatMap(({ target, line }) => {
        if (absentFeaturePages.includes(normalize(join(dirname(path), target.split("#")[0]!)))) return [];
        const reason = brokenLink(path, target);
        return reason === undefined ? [] : [`${path}:${line}: ${target}: ${reason}`];
      });
      assert.deepEqual(broken, []);
    });
  }

  test("README.md and docs/index.md reach every page", () => {
    const linked = new Set(
      documentationPages()
        .filter(({ path }) => path === "README.md" || path === "docs/index.md")
        .flatMap(({ path, text }) => markdownLinks(text).map(({ target }) => normalize(join(dirname(path), target.split("#")[0]!)))),
    );
    const pages = documentationPages().map(({ path }) => path).filter((path) => path !== "README.md" && (!path.startsWith("docs/api/") || path === "docs/api/index.md"));
    assert.deepEqual(pages.filter((path) => !linked.has(relative(".", path))), []);
  });

  test("anchors are made as GitHub makes them", () => {
    assert.equal(headingAnchor("`resim-metrics inspect FILE|-`"), "resim-metrics-inspect-file-");
    assert.equal(headingAnchor("The default report (`run --default-report`)"), "the-default-report-run---default-report");
    assert.deepEqual([...pageAnchors("# Run\n## Examples\n```sh\n# not a heading\n```\n## Examples\n")], ["run", "examples", "examples-1"]);
  });
});
