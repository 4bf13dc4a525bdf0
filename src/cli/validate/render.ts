/**
 * How `validate` reports: one verdict line per file with its violations
 * below it, or one JSON document for all files.
 * @module
 */

import { formatPath, formatViolation, type ValidationReport, type Violation } from "../../validate/index.ts";
import { countOf } from "../../text/index.ts";
import type { Styles } from "../terminal.ts";

/** The outcome for one file (`label` is how output names it): its report, or why it could not be read. */
export type FileOutcome =
  | { readonly file: string; readonly label: string; readonly report: ValidationReport }
  | { readonly file: string; readonly label: string; readonly failure: string };

/** `<file>: valid` or `<file>: invalid (2 errors, 1 warning)`, then one line per violation. */
export function renderReport(outcome: Extract<FileOutcome, { report: unknown }>, styles: Styles): string {
  const { report } = outcome;
  const counts = [[report.errors.length, "error"], [report.warnings.length, "warning"]] as const;
  const shown = counts.filter(([n]) => n > 0).map(([n, noun]) => countOf(n, noun));
  const verdict = report.valid ? styles.green("valid") : styles.red("invalid");
  const lines = [`${outcome.label}: ${verdict}${shown.length === 0 ? "" : ` (${shown.join(", ")})`}`];
  for (const v of report.errors) lines.push(`  ${styles.red("error")}    ${formatViolation(v)}`);
  for (const v of report.warnings) lines.push(`  ${styles.yellow("warning")}  ${formatViolation(v)}`);
  return `${lines.join("\n")}\n`;
}

/** The closing line when several files were validated: `3 files: 2 valid, 1 invalid`. */
export function renderTotals(outcomes: readonly FileOutcome[]): string {
  const valid = outcomes.filter((o) => "report" in o && o.report.valid).length;
  const invalid = outcomes.filter((o) => "report" in o && !o.report.valid).length;
  const unreadable = outcomes.length - valid - invalid;
  const parts = [`${valid} valid`, `${invalid} invalid`, ...(unreadable > 0 ? [`${unreadable} unreadable`] : [])];
  return `${countOf(outcomes.length, "file")}: ${parts.join(", ")}\n`;
}

/** The JSON document of `validate --json`. */
export function reportJson(outcomes: readonly FileOutcome[]) {
  return {
    valid: outcomes.every((o) => "report" in o && o.report.valid),
    files: outcomes.map((o) =>
      "report" in o
        ? { file: o.file, valid: o.report.valid, errors: o.report.errors.map(violationJson), warnings: o.report.warnings.map(violationJson) }
        : { file: o.file, valid: false, unreadable: o.failure },
    ),
  };
}

function violationJson(v: Violation) {
  return { ...v, field: formatPath(v.path), text: formatViolation(v) };
}
