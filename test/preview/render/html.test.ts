import { test } from "node:test";
import assert from "node:assert/strict";
import { html, escapeHtml } from "../../../src/preview/render/index.ts";
import { scriptJson } from "../../../src/preview/render/_html.ts";

test("html() escapes interpolated text and joins fragments and lists", () => {
  const name = `<img src=x onerror="alert('x')">&`;
  const fragment = html`<b>${"bold"}</b>`;
  assert.equal(
    html`<p title="${name}">${name}${fragment}${[1, " & ", 2]}${undefined}${false}${null}</p>`.value,
    `<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;<b>bold</b>1 &amp; 2</p>`,
  );
});

test("escapeHtml() escapes the five special characters", () => {
  assert.equal(escapeHtml(`&<>"'`), "&amp;&lt;&gt;&quot;&#39;");
});

test("scriptJson() cannot close its script element and writes typed arrays as lists", () => {
  const json = scriptJson({ name: "</script><!--", values: Float64Array.of(1.5, Number.NaN) }).value;
  assert.equal(json, String.raw`{"name":"\u003c/script>\u003c!--","values":[1.5,null]}`);
  assert.deepEqual(JSON.parse(json), { name: "</script><!--", values: [1.5, null] });
});
