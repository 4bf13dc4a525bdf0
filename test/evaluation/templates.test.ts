import assert from "node:assert/strict";
import { test } from "node:test";
import { RenderFailure, renderCustomTemplate, renderSystemTemplate, systemTemplateColumns, type MetricView, type ResultTable } from "../../src/evaluation/index.ts";
import { tempTree } from "../_temp_tree.ts";
import { metric } from "./_plans.ts";

/** A result table from columns given as name → values. */
function table(columns: Record<string, unknown[]>): ResultTable {
  const values = Object.values(columns) as ResultTable["values"];
  return { columns: Object.keys(columns).map((name) => ({ name, type: "ANY" })), values, rowCount: values[0]?.length ?? 0 };
}

const plain = metric("M", { query: "SELECT 1", units: "m/s" });
const none = () => undefined;

function figure(view: MetricView) {
  assert.equal(view.kind, "figure");
  return (view as Extract<MetricView, { kind: "figure" }>).figure;
}

const cases: Record<string, [ResultTable, (view: MetricView) => void]> = {
  line: [
    table({ group_name: ["a", "a", "b"], "Time (s)": [0, 1, 0], "Speed (m/s)": [1, 2, 3] }),
    (view) => {
      const f = figure(view);
      assert.deepEqual(f.data.map((t) => [t["name"], t["x"], t["y"]]), [["a", [0, 1], [1, 2]], ["b", [0], [3]]]);
      assert.deepEqual([f.layout["xaxis"], f.layout["yaxis"]], [{ title: { text: "Time (s)" } }, { title: { text: "Speed (m/s)" } }]);
    },
  ],
  bar: [
    table({ group_name: ["g", "g"], Job: ["a", "b"], Top: [3, 4], link_path: ["/projects/p/batches/1", "/projects/p/batches/2"] }),
    (view) => assert.deepEqual(figure(view).data.map((t) => [t["type"], t["x"], t["y"], t["customdata"]]), [["bar", ["a", "b"], [3, 4], ["/projects/p/batches/1", "/projects/p/batches/2"]]]),
  ],
  table: [table({ Metric: ["a"], Value: [1] }), (view) => assert.deepEqual(view, { kind: "table", columns: ["Metric", "Value"], rows: [["a", 1]] })],
  scalar: [table({ value: [12.5] }), (view) => assert.deepEqual(view, { kind: "scalar", value: 12.5, units: "m/s" })],
  histogram: [
    table({ group_name: ["x", "x", "y"], v: [1, 2, 3] }),
    (view) => assert.deepEqual(figure(view).data.map((t) => [t["type"], t["name"], t["x"]]), [["histogram", "x", [1, 2]], ["histogram", "y", [3]]]),
  ],
  pie: [table({ State: ["a", "b"], n: [2, 1] }), (view) => assert.deepEqual(figure(view).data, [{ type: "pie", labels: ["a", "b"], values: [2, 1], sort: false }])],
  state_timeline: [
    table({ system: ["car", "car", "car"], timestamp: [1_000_000_000n, 2_000_000_000, 4_000_000_000], state: ["idle", "go", "idle"] }),
    (view) => {
      const bars = figure(view).data.map((t) => [t["name"], t["base"], t["x"], t["y"]]);
      assert.deepEqual(bars, [["idle", [0, 3], [1, 0], ["car", "car"]], ["go", [1], [2], ["car"]]]);
    },
  ],
  image: [table({ frame: ["a.png", null, "b.png"] }), (view) => assert.deepEqual(view, { kind: "media", media: "image", files: [{ name: "a.png", path: "/found/a.png" }, { name: "b.png" }] })],
  video: [table({ clip: ["c.mp4"] }), (view) => assert.deepEqual(view, { kind: "media", media: "video", files: [{ name: "c.mp4" }] })],
  artifact: [table({ file: ["log.txt"] }), (view) => assert.deepEqual(view, { kind: "media", media: "artifact", files: [{ name: "log.txt" }] })],
};

test("every system template draws from the table's columns by position", () => {
  assert.deepEqual(Object.keys(cases).sort(), Object.keys(systemTemplateColumns).sort());
  for (const [name, [input, check]] of Object.entries(cases)) check(renderSystemTemplate(name, plain, input, (file) => (file === "a.png" ? "/found/a.png" : undefined)));
});

test("a state timeline of 200,000 rows draws (no argument-list limits)", () => {
  const n = 200_000;
  const view = renderSystemTemplate("state_timeline", plain, table({ system: Array(n).fill("car"), timestamp: Array.from({ length: n }, (_, i) => i * 1e6), state: Array.from({ length: n }, (_, i) => (i % 2 ? "a" : "b")) }), none);
  assert.equal(figure(view).data.reduce((sum, trace) => sum + (trace["x"] as number[]).length, 0), n);
});

test("template_settings set axis titles and histogram bins", () => {
  const settings = metric("M", { query: "", templateSettings: { xaxis: { label: "Seconds" }, display: { bins: 7 } } });
  const line = figure(renderSystemTemplate("line", settings, table({ s: ["a"], x: [1], y: [2] }), none));
  assert.deepEqual(line.layout["xaxis"], { title: { text: "Seconds" } });
  assert.equal(figure(renderSystemTemplate("histogram", settings, table({ v: [1] }), none)).data[0]!["nbinsx"], 7);
});

test("a table a system template cannot use is a RenderFailure naming the column and row", () => {
  const failures: [string, ResultTable, RegExp][] = [
    ["line", table({ x: [1], y: [2] }), /the line template needs 3 columns \(series, x, y\), but the query returns 2: "x", "y"/],
    ["line", table({ s: ["a", "a"], x: [1, 2], y: [1, "fast"] }), /needs numbers in column 3 \("y"\), but row 2 holds "fast"/],
    ["bar", table({ g: ["a"], c: ["x"], v: ["many"] }), /the bar template needs numbers in column 3/],
    ["pie", table({ label: ["a"] }), /the pie template needs 2 columns/],
    ["image", table({ frame: [3] }), /the image template needs file names in column 1 \("frame"\), but row 1 holds "3"/],
    ["lines", table({ x: [1] }), /unknown system template "lines"/],
  ];
  for (const [name, input, message] of failures) assert.throws(() => renderSystemTemplate(name, plain, input, none), (error: Error) => error instanceof RenderFailure && message.test(error.message), name);
});

test("a custom Liquid template sees each column as a list named by its alias and must render a Plotly figure", async (t) => {
  const dir = await tempTree(t, {
    "ok.liquid": `{"data": [{"x": [{% for v in x %}{{ v }}{% unless forloop.last %},{% endunless %}{% endfor %}], "y": {{ y | json }}, "name": "{{ group_name[0] }}"}], "layout": {"title": {"text": "{{ title }}"}}}`,
    "raw.liquid": "{{ raw_metric }}",
    "bad_liquid.liquid": 'line one\n{"data": [{{ x | nosuchfilter }}]}',
    "unclosed.liquid": "{% for v in x %}",
    "not_json.liquid": "{{ group_name }}",
    "not_figure.liquid": "[1, 2]",
    "empty.liquid": "",
  });
  const input = table({ group_name: ["speed", "speed"], x: [1, 2], y: [3.5, null] });
  assert.deepEqual(await renderCustomTemplate(dir, "ok.liquid", input), { kind: "figure", figure: { data: [{ x: [1, 2], y: [3.5, null], name: "speed" }], layout: { title: { text: "" } } } });
  const raw = await renderCustomTemplate(dir, "raw.liquid", table({ raw_metric: ['{"data": [{"type": "bar"}]}'] }));
  assert.deepEqual(raw, { kind: "figure", figure: { data: [{ type: "bar" }], layout: {} } });
  const failing: [string, RegExp, number?][] = [
    ["bad_liquid.liquid", /^Liquid: undefined filter: nosuchfilter$/, 2],
    ["unclosed.liquid", /^Liquid: tag .*for.* not closed/, 1],
    ["not_json.liquid", /^the template.s output is not JSON \(.*\): speedspeed$/],
    ["not_figure.liquid", /output is JSON but not a Plotly figure/],
    ["empty.liquid", /not JSON .*: \(empty\)$/],
    ["missing.liquid", /^Cannot read ".*missing.liquid": no such file or directory$/],
    ["../ok.liquid", /must be a file name in the templates folder/],
  ];
  for (const [file, message, line] of failing) {
    await assert.rejects(renderCustomTemplate(dir, file, input), (error: RenderFailure) => {
      assert.match(error.message, message, file);
      assert.equal(error.line, line, file);
      return true;
    });
  }
});
