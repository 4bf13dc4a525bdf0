/**
 * The Presto/Trino compatibility layer: SQL macros that give DuckDB the
 * Presto functions ReSim's metrics configs use, and the session settings
 * that make DuckDB's arithmetic behave like Presto's. Queries are run as
 * written (no text rewriting), so error positions point into the user's
 * `query_string`. docs/eval.md lists the same table.
 * @module
 */

/** One Presto function that DuckDB lacks or spells differently, and the macro that provides it. */
export interface CompatFunction {
  /** The Presto call, as a config writes it. */
  readonly presto: string;
  /** `CREATE MACRO` body: parameters and expression. */
  readonly macro: string;
  /** What differs from Presto, if anything. */
  readonly note: string;
}

/**
 * MySQL `date_format` specifiers (as Presto's `date_format` reads them) and
 * the strftime specifier DuckDB's `strftime` uses for each.
 */
export const dateFormatSpecifiers: readonly (readonly [mysql: string, strftime: string])[] = [
  ["%a", "%a"], // abbreviated weekday name
  ["%b", "%b"], // abbreviated month name
  ["%c", "%-m"], // month, numeric
  ["%d", "%d"], // day of month, 00..31
  ["%e", "%-d"], // day of month, 0..31
  ["%f", "%f"], // microseconds
  ["%H", "%H"], // hour 00..23
  ["%h", "%I"], // hour 01..12
  ["%I", "%I"], // hour 01..12
  ["%i", "%M"], // minutes
  ["%j", "%j"], // day of year
  ["%k", "%-H"], // hour 0..23
  ["%l", "%-I"], // hour 1..12
  ["%M", "%B"], // month name
  ["%m", "%m"], // month 01..12
  ["%p", "%p"], // AM or PM
  ["%r", "%I:%M:%S %p"], // time, 12-hour
  ["%S", "%S"], // seconds
  ["%s", "%S"], // seconds
  ["%T", "%H:%M:%S"], // time, 24-hour
  ["%W", "%A"], // weekday name
  ["%Y", "%Y"], // year, 4 digits
  ["%y", "%y"], // year, 2 digits
  ["%%", "%%"],
];

/**
 * The SQL expression translating the MySQL format `format` into a strftime
 * format: each specifier first becomes a private placeholder character, so
 * no replacement sees the output of another.
 */
function translatedDateFormat(format: string): string {
  const placeholder = (i: number) => `chr(${0xe000 + i})`;
  let sql = format;
  dateFormatSpecifiers.forEach(([mysql], i) => (sql = `replace(${sql}, '${mysql}', ${placeholder(i)})`));
  dateFormatSpecifiers.forEach(([, strftime], i) => (sql = `replace(${sql}, ${placeholder(i)}, '${strftime}')`));
  return sql;
}

/** Every function the layer adds, in the order docs/eval.md lists them. */
export const compatFunctions: readonly CompatFunction[] = [
  {
    presto: "APPROX_PERCENTILE(x, p)",
    macro: "(x, p) AS quantile_disc(x, p)",
    note: "exact: the value at that rank (DuckDB `quantile_disc`); `p` may be an array of percentiles",
  },
  { presto: "ARRAY_JOIN(array, sep)", macro: "(a, sep) AS array_to_string(a, sep)", note: "NULL elements are skipped, as in Presto" },
  { presto: "CARDINALITY(array)", macro: "(a) AS len(a)", note: "arrays only (not maps)" },
  { presto: "ELEMENT_AT(array, i)", macro: "(a, i) AS a[i]", note: "arrays only; 1-based, negative counts from the end, out of range is NULL" },
  { presto: "CONTAINS(array, x)", macro: "(a, x) AS list_contains(a, x)", note: "arrays only" },
  { presto: "REGEXP_LIKE(s, pattern)", macro: "(s, p) AS regexp_matches(s, p)", note: "RE2 syntax, as in Presto" },
  { presto: "IS_NAN(x)", macro: "(x) AS isnan(x)", note: "" },
  { presto: "NAN()", macro: "() AS CAST('NaN' AS DOUBLE)", note: "" },
  { presto: "INFINITY()", macro: "() AS CAST('Infinity' AS DOUBLE)", note: "" },
  { presto: "FROM_UNIXTIME(seconds)", macro: "(s) AS to_timestamp(s)", note: "gives a TIMESTAMP WITH TIME ZONE (UTC)" },
  { presto: "TO_UNIXTIME(ts)", macro: "(t) AS epoch(t)", note: "seconds as DOUBLE" },
  { presto: "JSON_EXTRACT_SCALAR(json, path)", macro: "(j, p) AS json_extract_string(j, p)", note: "" },
  {
    presto: "DATE_FORMAT(ts, format)",
    macro: `(t, f) AS strftime(t, ${translatedDateFormat("f")})`,
    note: `MySQL specifiers: ${dateFormatSpecifiers.map(([mysql]) => `\`${mysql}\``).join(" ")}`,
  },
];

/**
 * The name a compat function is called by, in lower case.
 *
 * @example
 * ```ts
 * compatName(compatFunctions[0]); // "approx_percentile"
 * ```
 */
export function compatName(fn: CompatFunction): string {
  return fn.presto.slice(0, fn.presto.indexOf("(")).toLowerCase();
}

/**
 * Presto behaviour DuckDB has natively, listed for the docs and tested the
 * same way as the macros.
 */
export const nativeCompat: readonly string[] = [
  "ARBITRARY(x)",
  "COUNT_IF(condition)",
  "ARRAY_AGG(x [ORDER BY …])",
  "ARRAY_SORT(array)",
  "APPROX_DISTINCT(x)",
  "MAX_BY(x, y) / MIN_BY(x, y)",
  "BOOL_AND / BOOL_OR",
  "CONCAT(…) and ||",
  "CAST(x AS VARCHAR | DOUBLE | BIGINT | INTEGER | BOOLEAN)",
  "TRY_CAST(x AS type)",
  "ROUND, SQRT, POWER, ABS, CEIL, FLOOR, LN, LOG10, GREATEST, LEAST, COALESCE, UPPER, LOWER",
  "DATE_TRUNC(unit, ts), DATE_DIFF(unit, a, b)",
  "current_timestamp - interval '3' month",
  "ARRAY[1, 2] literals and array[i] (1-based)",
  "CASE, WITH (CTEs), UNION ALL, window functions (LAG() OVER (PARTITION BY … ORDER BY …))",
  "HAVING without GROUP BY",
  "double-quoted aliases with spaces and units",
];

/**
 * Session settings run before any query: integer division truncates as in
 * Presto (`7 / 2` is 3), and errors come back as JSON with their position.
 */
export const compatSettings: readonly string[] = ["SET integer_division = true", "SET errors_as_json = true"];

/**
 * The statements that install the layer on a connection.
 *
 * @example
 * ```ts
 * for (const statement of compatStatements()) await connection.run(statement);
 * ```
 */
export function compatStatements(): string[] {
  return [...compatSettings, ...compatFunctions.map((fn) => `CREATE OR REPLACE MACRO ${compatName(fn)}${fn.macro}`)];
}
