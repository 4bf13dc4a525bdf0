import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { compatFunctions, compatName, openSqlEngine, QueryError, type LoadReport, type SqlEngine, type TopicTable } from "../../src/evaluation/sql/index.ts";
import { tempTree, type Cleanup } from "../_temp_tree.ts";

const topics: TopicTable[] = [
  { name: "speed", fields: [{ name: "v", type: "float" }, { name: "n", type: "int" }] },
  { name: "crash", fields: [{ name: "name", type: "string" }, { name: "tags", type: "string[]" }, { name: "metrics", type: "metric[]" }, { name: "ok", type: "boolean" }] },
];

function line(topic: string, data: unknown, timestamp?: number): string {
  return JSON.stringify({ $metadata: timestamp === undefined ? { topic } : { topic, timestamp }, $data: data });
}

async function withEngine(t: Cleanup, files: Record<string, string[]>, run: (engine: SqlEngine, dir: string, report: LoadReport) => Promise<void>) {
  const dir = await tempTree(t, Object.fromEntries(Object.entries(files).map(([name, lines]) => [name, lines.join("\n") + "\n"])));
  const engine = await openSqlEngine();
  try {
    const jobs = Object.keys(files).map((name) => ({ id: name.replace(/\.jsonl$/, ""), files: [join(dir, name)] }));
    await run(engine, dir, await engine.load(jobs, topics));
  } finally {
    await engine.close();
  }
}

test("each topic becomes a table with the platform columns, typed by its schema", async (t) => {
  await withEngine(t, { "j1.jsonl": [line("speed", { v: 1.5, n: 2 }, 1000), line("crash", { name: "c", tags: ["a", "b"], metrics: [{ name: "m" }], ok: true }, 5)] }, async (engine) => {
    const speed = await engine.query("SELECT * FROM speed");
    assert.deepEqual(speed.columns.map((c) => `${c.name}:${c.type}`), [
      "timestamp:BIGINT", "job_id:VARCHAR", "batch_id:VARCHAR", "experience_name:VARCHAR", "build_version:VARCHAR", "v:DOUBLE", "n:BIGINT",
    ]);
    assert.deepEqual(speed.values.map((c) => c[0]), [1000, "j1", "local", "j1", "local", 1.5, 2]);
    const crash = await engine.query("SELECT tags, metrics, ok FROM crash");
    assert.deepEqual(crash.values.map((c) => c[0]), [["a", "b"], '[{"name":"m"}]', true]);
    const meta = await engine.query("SELECT * FROM metadata");
    assert.deepEqual(meta.columns.map((c) => c.name), ["job_id", "batch_id", "project_id", "experience_name", "build_version", "build_creation_timestamp", "job_conflated_status"]);
  });
});

test("lines without a timestamp have a NULL timestamp; big timestamps stay exact", async (t) => {
  await withEngine(t, { "j.jsonl": [line("speed", { v: 1, n: 1 }), `{"$metadata": {"topic": "speed", "timestamp": 1757039356353349217}, "$data": {"v": 2, "n": 2}}`] }, async (engine) => {
    const table = await engine.query("SELECT timestamp FROM speed");
    assert.deepEqual(table.values[0], [null, 1757039356353349217n]);
  });
});

test("lines that do not match their topic's schema are left out and reported with file and line", async (t) => {
  const lines = [
    line("speed", { v: 1, n: 1 }),
    line("speed", { v: "fast", n: 1 }),
    line("speed", { v: 1 }),
    line("speed", { v: 1, n: 1.5 }),
    line("speed", { v: 1, n: 1, extra: 0 }),
    "not json",
    line("nope", { a: 1 }),
    line("crash", { name: "c", tags: ["a", 1], metrics: [], ok: true }),
    line("crash", { name: "c", tags: [], metrics: [], ok: 1 }),
    line("speed", { v: null, n: 1 }),
    `{"$metadata": {"topic": "speed"}, "$data": {"v": NaN, "n": 3}}`,
  ];
  await withEngine(t, { "j.jsonl": lines }, async (engine, dir, report) => {
    assert.deepEqual(
      report.problems.map((p) => `${p.line}: ${p.message}`),
      [
        "2: field 'v' should be float, got string",
        "3: missing field 'n'",
        "4: field 'n' should be int, got number",
        "5: field 'extra' is not in the schema",
        '6: not an emissions line (not JSON, or no "$metadata".topic)',
        "7: topic is not in the config",
        "8: field 'tags' should be string[], but holds a non-string",
        "9: field 'ok' should be boolean, got integer",
        "10: field 'v' should be float, got null",
      ],
    );
    assert.equal(report.problems[0]!.file, join(dir, "j.jsonl"));
    assert.equal(report.rows.get("speed"), 2);
    const nan = await engine.query("SELECT v FROM speed WHERE n = 3");
    assert.ok(Number.isNaN(nan.values[0]![0]));
  });
});

test("a topic without emissions is an empty table; a table not in the config is an error with its position", async (t) => {
  await withEngine(t, { "j.jsonl": [line("speed", { v: 1, n: 1 })] }, async (engine) => {
    assert.equal((await engine.query("SELECT * FROM crash")).rowCount, 0);
    await assert.rejects(engine.query("SELECT 1\nFROM missing_topic"), (error: QueryError) => {
      assert.match(error.message, /^Catalog error: Table with name missing_topic does not exist!/);
      assert.equal(error.position, 14);
      return true;
    });
  });
});

test("scope narrows topic tables and metadata to one job, and widens them back", async (t) => {
  await withEngine(t, { "a.jsonl": [line("speed", { v: 1, n: 1 })], "b.jsonl": [line("speed", { v: 2, n: 1 }), line("speed", { v: 3, n: 1 })] }, async (engine) => {
    await engine.scope("b");
    assert.deepEqual((await engine.query("SELECT count(*), max(v) FROM speed")).values, [[2], [3]]);
    assert.deepEqual((await engine.query("SELECT job_id FROM metadata")).values, [["b"]]);
    await engine.scope(undefined);
    assert.deepEqual((await engine.query("SELECT job_id, count(*) FROM speed GROUP BY job_id ORDER BY job_id")).values, [["a", "b"], [1, 2]]);
    await engine.setConflatedStatuses(new Map([["a", "BLOCKER"]]));
    assert.deepEqual((await engine.query("SELECT job_conflated_status FROM metadata ORDER BY job_id")).values, [["BLOCKER", null]]);
  });
});

test("parameters bind to ? in order", async (t) => {
  await withEngine(t, { "j.jsonl": [line("speed", { v: 1, n: 1 }), line("speed", { v: 5, n: 1 })] }, async (engine) => {
    assert.equal((await engine.query("SELECT 1 FROM speed WHERE v > ?", [2])).rowCount, 1);
    assert.equal((await engine.query("SELECT 1 FROM speed WHERE v > ?", [9.5])).rowCount, 0);
  });
});

/** Each compatibility function, called as a ReSim config would, with the value Presto gives. */
const compatCases: Readonly<Record<string, readonly [sql: string, expected: unknown][]>> = {
  approx_percentile: [
    ["SELECT APPROX_PERCENTILE(x, 0.5) FROM (VALUES (1.0), (2.0), (3.0), (10.0)) t(x)", 2],
    ["SELECT APPROX_PERCENTILE(x, ARRAY[0.25, 1.0]) FROM (VALUES (1), (2), (3), (4)) t(x)", [1, 4]],
  ],
  array_join: [["SELECT ARRAY_JOIN(ARRAY['b', NULL, 'a'], ', ')", "b, a"]],
  cardinality: [["SELECT CARDINALITY(ARRAY[1, 2, 3])", 3]],
  element_at: [["SELECT ELEMENT_AT(ARRAY[5, 6, 7], 2), ELEMENT_AT(ARRAY[5, 6, 7], -1)", 6]],
  contains: [["SELECT CONTAINS(ARRAY['a', 'b'], 'b')", true]],
  regexp_like: [["SELECT REGEXP_LIKE('speed_limit', 'limit$')", true]],
  is_nan: [["SELECT IS_NAN(CAST('NaN' AS DOUBLE))", true]],
  nan: [["SELECT IS_NAN(NAN())", true]],
  infinity: [["SELECT INFINITY() > 1e308", true]],
  from_unixtime: [["SELECT CAST(FROM_UNIXTIME(86400) AS VARCHAR)", "1970-01-02 00:00:00+00"]],
  to_unixtime: [["SELECT TO_UNIXTIME(TIMESTAMP '1970-01-02 00:00:00')", 86400]],
  json_extract_scalar: [["SELECT JSON_EXTRACT_SCALAR('{\"a\": {\"b\": 7}}', '$.a.b')", "7"]],
  date_format: [
    ["SELECT date_format(TIMESTAMP '2024-03-05 14:07:09', '%h:%i %M %e')", "02:07 March 5"],
    ["SELECT date_format(TIMESTAMP '2024-03-05 14:07:09', '%Y-%m-%d %H:%i:%s %p %W %b %c %k %l %T %%')", "2024-03-05 14:07:09 PM Tuesday Mar 3 14 2 14:07:09 %"],
  ],
};

test("the compatibility table: every function it lists answers as Presto does", async () => {
  assert.deepEqual(Object.keys(compatCases).sort(), compatFunctions.map(compatName).sort(), "every listed function has a case");
  const engine = await openSqlEngine();
  try {
    for (const [name, cases] of Object.entries(compatCases)) {
      for (const [sql, expected] of cases) {
        const table = await engine.query(sql);
        assert.deepEqual(table.values[0]![0], expected, `${name}: ${sql}`);
      }
    }
  } finally {
    await engine.close();
  }
});

test("Presto syntax and functions DuckDB has natively", async () => {
  const engine = await openSqlEngine();
  const cases: [string, unknown][] = [
    ["SELECT 7 / 2", 3],
    ["SELECT 7 / 2.0", 3.5],
    ["SELECT ARBITRARY(x) FROM (VALUES (4)) t(x)", 4],
    ["SELECT COUNT_IF(x > 1) FROM (VALUES (1), (2), (3)) t(x)", 2],
    ["SELECT ARRAY_JOIN(ARRAY_SORT(ARRAY_AGG(DISTINCT s)), ', ') FROM (VALUES ('b'), ('a'), ('b')) t(s)", "a, b"],
    ["SELECT CAST(CAST(ROUND(2.6) AS BIGINT) AS VARCHAR)", "3"],
    ["SELECT CONCAT(CAST(ROUND(100.0 * 0.6789, 1) AS VARCHAR), '%')", "67.9%"],
    ["SELECT 'a' || 'b'", "ab"],
    ["SELECT SQRT(POWER(3, 2) + POWER(4, 2))", 5],
    ["SELECT COALESCE(NULL, UPPER('ok'))", "OK"],
    ["SELECT current_timestamp - interval '3' month < current_timestamp", true],
    ["SELECT 1 FROM (VALUES (1)) t(x) HAVING COUNT(*) > 0", 1],
    ["WITH w AS (SELECT 2 AS x) SELECT x FROM w UNION ALL SELECT 3", 2],
    ["SELECT LAG(x) OVER (PARTITION BY g ORDER BY x) FROM (VALUES ('a', 1)) t(g, x)", null],
    ['SELECT 1.5 AS "Time (s)"', 1.5],
    ["SELECT MAX_BY(s, x) FROM (VALUES ('a', 1), ('b', 2)) t(s, x)", "b"],
    ["SELECT CASE WHEN 1 > 0 THEN 'yes' ELSE 'no' END", "yes"],
    ["SELECT TRY_CAST('x' AS DOUBLE)", null],
  ];
  try {
    for (const [sql, expected] of cases) assert.deepEqual((await engine.query(sql)).values[0]![0], expected, sql);
  } finally {
    await engine.close();
  }
});
