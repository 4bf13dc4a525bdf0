import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  checkMetricsConfig,
  ConfigReadError,
  formatConfigProblem,
  loadMetricsConfig,
  mergeConfigFiles,
  decodeConfigFile,
  parseYamlSource,
  resolveConfigPaths,
  toConfigYaml,
} from "../../src/config/index.ts";
import { useTempFolder } from "../_temp_tree.ts";

const dir = useTempFolder();

function configOf(file: string, text: string) {
  return decodeConfigFile(parseYamlSource(file, text));
}

function problemLines(files: Record<string, string>, templates: Record<string, string> = {}): string[] {
  const base = join(dir, `case-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(base, "templates"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(base, name), text);
  for (const [name, text] of Object.entries(templates)) writeFileSync(join(base, "templates", name), text);
  const merged = loadMetricsConfig(Object.keys(files), base);
  return checkMetricsConfig(merged, { templatesDir: join(base, "templates") }).map((p) => formatConfigProblem(p));
}

const GOOD = `version: 1
topics:
  speed:
    schema: {v: float, n: int}
  crashes:
    event: true
    schema: {name: string, description: string, status: status, tags: "string[]", metrics: "metric[]"}
metrics:
  Top Speed:
    type: test
    query_string: SELECT max(v) AS value FROM speed
    template_type: system
    template: scalar
    units: m/s
    status: {query_string: "SELECT 1 FROM speed WHERE v > ?", block: 30, warn: 20}
  Path:
    type: batch
    query_string: SELECT v FROM speed
    template_type: custom
    template_file: path.liquid
metrics sets:
  Main: {metrics: [Top Speed, Path]}
`;

describe("config model", () => {
  test("a valid config reads into the typed model with no problems", () => {
    const file = configOf("c.yml", GOOD);
    assert.deepEqual(file.problems, []);
    assert.deepEqual({ ...file.config.topics["speed"]!.schema }, { v: "float", n: "int" });
    assert.equal(file.config.topics["crashes"]!.event, true);
    assert.deepEqual(file.config.metrics["Top Speed"]!.status, { query_string: "SELECT 1 FROM speed WHERE v > ?", block: 30, warn: 20 });
    assert.deepEqual(file.config["metrics sets"]["Main"]!.metrics, ["Top Speed", "Path"]);
    assert.deepEqual(problemLines({ "c.yml": GOOD }, { "path.liquid": "{}" }), []);
  });

  test("names such as constructor are plain keys, never inherited members", () => {
    const file = configOf("c.yml", "version: 1\ntopics:\n  constructor: {schema: {x: int}}\n");
    assert.deepEqual(Object.keys(file.config.topics), ["constructor"]);
    assert.equal(Object.hasOwn(file.config.metrics, "constructor"), false);
  });

  test("invalid YAML is located at file:line:column", () => {
    assert.deepEqual(problemLines({ "c.yml": "version: 1\ntopics: {a: [\n" }).length > 0, true);
    const [line] = problemLines({ "c.yml": "version: 1\ntopics:\n  a: {schema: {x: int}}\n  a: {schema: {x: int}}\n" });
    assert.equal(line, "c.yml:4:3: error: invalid YAML: Map keys must be unique");
  });

  test("every problem is listed, each with its place and key path", () => {
    const lines = problemLines({
      "c.yml": `version: 1
topics:
  bad: {schema: {x: double}}
  crash: {event: "yes", schema: {name: string}}
metrics:
  A:
    type: report
    query_string: select 1
    template_type: system
    template: State Timeline
    status: {query_string: "select ? and ?"}
  B:
    type: test
    template_type: custom
    template_file: missing.liquid
metrics sets:
  S: {metrics: [a, B, Nope]}
dashboards:
  D: {metrics_set: T, day_range: 0}
`,
    });
    assert.deepEqual(lines, [
      'c.yml:3:18: error: topics › bad › schema › x: unknown type "double"; the types are int, float, boolean, string, image, video, status, string[], metric[]',
      'c.yml:4:11: error: topics › crash › event: event must be true or false, not "yes"',
      "c.yml:6:3: warning: metrics › A: no metrics set lists this metric, so it never runs",
      'c.yml:7:5: error: metrics › A › type: type must be one of test, batch, dashboard, not "report"',
      'c.yml:10:5: error: metrics › A › template: unknown system template "State Timeline": did you mean state_timeline?',
      "c.yml:11:5: error: metrics › A › status: status needs a block or a warn threshold (or both)",
      "c.yml:11:14: error: metrics › A › status › query_string: the status query must have exactly one ? (the threshold goes there), not 2",
      "c.yml:12:3: error: metrics › B: query_string is required: the SQL query whose rows the template draws",
      "c.yml:17:17: error: metrics sets › S › metrics › [0]: no metric is named \"a\"; did you mean \"A\"?",
      "c.yml:17:23: error: metrics sets › S › metrics › [2]: no metric is named \"Nope\"",
      "c.yml:19:7: error: dashboards › D › metrics_set: no metrics set is named \"T\"",
      "c.yml:19:23: error: dashboards › D › day_range: day_range must be a whole number of days above 0, not the number 0",
    ]);
  });

  test("a config that is not a mapping, or has no version, is an error", () => {
    assert.deepEqual(problemLines({ "c.yml": "- a\n- b\n" }), [
      "c.yml:1:1: error: the config must be a YAML mapping (version, topics, metrics, …), not a list",
    ]);
    assert.deepEqual(problemLines({ "c.yml": "topics: {}\n" }), ["c.yml:1:1: error: version: required: add `version: 1` at the top of the file"]);
  });

  test("a missing template file is an error naming the folder's templates", () => {
    const lines = problemLines({ "c.yml": GOOD }, { "other.liquid": "{}" });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^c\.yml:20:5: error: metrics › Path › template_file: template file "path\.liquid" not found: .*templates has other\.liquid$/);
  });
});

describe("config merge", () => {
  const base = "version: 1\nglobal: {skip-if-no-data: true}\ntopics:\n  speed: {schema: {v: float}}\nmetrics:\n  M: {type: test, query_string: select 1, template_type: system, template: scalar}\n";
  test("a duplicate topic across files is an error naming both files", () => {
    const merged = mergeConfigFiles([configOf("a.yml", base), configOf("b.yml", "version: 1\ntopics:\n  speed: {schema: {v: int}}\n")]);
    assert.deepEqual(merged.problems.map((p) => formatConfigProblem(p)), [
      'b.yml:3:3: error: topics › speed: duplicate topic name "speed": also defined in a.yml:4:3; names must be unique across config files',
    ]);
    assert.equal(merged.config.topics["speed"]!.schema["v"], "float");
  });

  test("versions must agree; a file without one conflicts", () => {
    const merged = mergeConfigFiles([configOf("a.yml", base), configOf("b.yml", "topics: {}\n")]);
    assert.deepEqual(merged.problems.map((p) => formatConfigProblem(p)), [
      "b.yml:1:1: error: version: required: add `version: 1` at the top of the file",
      "b.yml:1:1: error: version: none here but 1 in a.yml: every file must declare the same version",
    ]);
  });

  test("global skip-if-no-data applies to the metrics of its own file only, and is not kept", () => {
    const other = "version: 1\nmetrics:\n  N: {type: batch, query_string: select 2, template_type: system, template: table}\n";
    const merged = mergeConfigFiles([configOf("a.yml", base), configOf("b.yml", other)]);
    assert.equal(merged.config.metrics["M"]!.skip_if_no_data, true);
    assert.equal(merged.config.metrics["N"]!.skip_if_no_data, undefined);
    const yaml = toConfigYaml(merged.config);
    assert.doesNotMatch(yaml, /global/);
    assert.match(yaml, /^version: 1\ntopics:\n  speed:\n    schema:\n      v: float\nmetrics:\n  M:\n/);
  });
});

describe("config paths", () => {
  test("the default config is found with either extension; a missing one is a read error", () => {
    const root = join(dir, "paths");
    mkdirSync(join(root, ".resim/metrics"), { recursive: true });
    assert.throws(() => resolveConfigPaths([], root), (error: unknown) => error instanceof ConfigReadError && /config\.resim\.yml" \(nor ".*config\.resim\.yaml"\)/.test(error.message));
    writeFileSync(join(root, ".resim/metrics/config.resim.yaml"), "version: 1\n");
    assert.deepEqual(resolveConfigPaths([], root), [".resim/metrics/config.resim.yaml"]);
    assert.throws(() => resolveConfigPaths(["*.nothing.yml"], root), /matches no config file/);
  });
});
