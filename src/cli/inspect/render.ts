/**
 * The human view of `inspect`: a heading with the job's facts, then a table
 * each of metrics, metrics data and events.
 * @module
 */

import type { Styles } from "../terminal.ts";
import { renderTable, type Column } from "../_table.ts";
import type { Summary } from "./summary.ts";

/** Renders `summary` of the input named `label` as lines of text. */
export function renderSummary(summary: Summary, label: string, styles: Styles): string {
  const status = (text: string) => (/FAIL_BLOCK/.test(text) ? styles.red(text) : /FAIL_WARN/.test(text) ? styles.yellow(text) : /PASSED/.test(text) ? styles.green(text) : text);
  const index: Column = { header: "#", right: true, style: styles.dim };
  const name: Column = { header: "name", style: styles.bold };
  const lines = [`${styles.bold(summary.type)} in ${label}`];
  const factWidth = Math.max(...summary.facts.map(([fact]) => fact.length));
  for (const [fact, value] of summary.facts) lines.push(`${fact.padEnd(factWidth)}  ${fact === "Status" ? status(value) : value}`);
  const section = (title: string, count: number, table: () => string[]) => {
    lines.push("", styles.bold(`${title} (${count})`));
    if (count > 0) lines.push(...table().map((line) => `  ${line}`));
  };
  if (summary.type !== "MetricsData") {
    section("Metrics", summary.metrics.length, () =>
      renderTable(
        [index, name, { header: "type" }, { header: "status", style: status }, { header: "importance" }, { header: "display" }, { header: "order", right: true }, { header: "tags" }, { header: "data" }],
        summary.metrics.map((m) => [String(m.index), m.name, m.type, m.status, m.importance, m.display, m.order, m.tags, m.data]),
        styles.dim,
      ),
    );
  }
  if (summary.type !== "Metric") {
    section("Metrics data", summary.data.length, () =>
      renderTable(
        [index, name, { header: "type" }, { header: "contents" }, { header: "unit" }, { header: "indexed by" }],
        summary.data.map((d) => [String(d.index), d.name, d.type, d.contents, d.unit, d.indexedBy]),
        styles.dim,
      ),
    );
  }
  if (summary.type === "JobMetrics") {
    section("Events", summary.events.length, () =>
      renderTable(
        [index, name, { header: "time" }, { header: "status", style: status }, { header: "importance" }, { header: "metrics" }, { header: "tags" }],
        summary.events.map((e) => [String(e.index), e.name, e.time, e.status, e.importance, e.metrics, e.tags]),
        styles.dim,
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
