/**
 * The stable identifiers of the validation rules (the 105 rule ids of the
 * JobMetrics validation specification) and of the upstream quirks ("notes")
 * that warnings point to.
 * @module
 */

/** Every rule id, in specification order. */
export const ruleIds = [
  "UUID-01", "UUID-02",
  "AGREE-01", "AGREE-02", "AGREE-03", "AGREE-04", "AGREE-05", "AGREE-06",
  "VS-01", "VS-02", "VS-03", "VS-04", "VS-05", "VS-06", "VS-07", "VS-08", "VS-09", "VS-10", "VS-11",
  "ID-01", "ID-02", "ID-03", "ID-04", "ID-05", "ID-06",
  "ENUM-01", "ENUM-02", "ENUM-03", "ENUM-04", "ENUM-05", "ENUM-06", "ENUM-07", "ENUM-08", "ENUM-09",
  "TS-01", "TS-02", "TS-03",
  "TAG-01", "TAG-02",
  "COLOR-01",
  "DATA-EXT-01", "DATA-EXT-02",
  "DATA-CAT-01", "DATA-CAT-02", "DATA-CAT-03", "DATA-CAT-04", "DATA-CAT-05",
  "DATA-SER-01", "DATA-SER-02", "DATA-SER-03",
  "DATA-INDEX-01", "DATA-INDEX-02", "DATA-INDEX-03", "DATA-INDEX-04",
  "METRIC-01", "METRIC-02", "METRIC-03",
  "DSUM-01",
  "DOT-01", "DOT-02", "DOT-03",
  "LINE-01", "LINE-02", "LINE-03", "LINE-04",
  "BAR-01", "BAR-02",
  "SOT-01", "SOT-02", "SOT-03", "SOT-04",
  "HIST-01", "HIST-02", "HIST-03", "HIST-04", "HIST-05",
  "SCALAR-01", "SCALAR-02",
  "PLOTLY-01",
  "IMAGE-01", "IMAGE-02", "IMAGE-03", "IMAGE-04",
  "BWBAR-01", "BWBAR-02", "BWBAR-03", "BWBAR-04", "BWBAR-05", "BWBAR-06",
  "TEXT-01",
  "IMGLIST-01", "IMGLIST-02", "IMGLIST-03", "IMGLIST-04",
  "EVENT-01", "EVENT-02", "EVENT-03", "EVENT-04",
  "JOB-01", "JOB-02", "JOB-03", "JOB-04", "JOB-05", "JOB-06", "JOB-07",
] as const;

/** A validation rule id, e.g. `"VS-02"` or `"JOB-07"`. */
export type RuleId = (typeof ruleIds)[number];

/**
 * A documented upstream quirk, e.g. `"N-02"` (the event-metric flag is not
 * enforced). Warnings about messages that upstream accepts but that are
 * probably mistakes name the quirk that makes them acceptable.
 */
export type NoteId = `N-0${Digit1to9}` | `N-${1 | 2}${0 | Digit1to9}` | "N-30" | "N-31";

type Digit1to9 = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
