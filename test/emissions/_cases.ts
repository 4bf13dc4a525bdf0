/**
 * Emitter calls and what ReSim's Python SDK does with each: the lines it
 * writes, or the message it raises. Shared by the unit tests (which check
 * our Emitter against the expected outcome) and the differential test
 * (which checks ReSim's own Emitter against the same outcome).
 * @module
 */

/** The config every case runs against. */
export const CASE_CONFIG = `version: 1
topics:
  drone_speed:
    schema:
      speed_int: int
      speeds: float
  tagged:
    schema:
      tags: string[]
      label: string
  flags:
    schema:
      ok: boolean
      frame: image
      clip: video
      state: status
  node_crashes:
    event: true
    schema:
      name: string
      description: string
      status: status
      tags: string[]
      metrics: metric[]
`;

/** One call on an Emitter configured with {@link CASE_CONFIG}. */
export interface EmitterCase {
  readonly name: string;
  readonly method: "emit" | "emit_series" | "emit_event";
  readonly topic: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly timestamp?: number;
  readonly timestamps?: readonly number[];
  /** The lines written, or the message raised (in which case nothing is written). */
  readonly expected: { readonly lines: readonly string[] } | { readonly error: string };
}

const ok = (...lines: string[]) => ({ lines });
const fails = (error: string) => ({ error });

/** Cases where both SDKs agree, line for line and word for word. */
export const emitterCases: readonly EmitterCase[] = [
  {
    name: "a point with a timestamp",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: 42, speeds: 3.14 },
    timestamp: 1000,
    expected: ok('{"$metadata": {"topic": "drone_speed", "timestamp": 1000}, "$data": {"speed_int": 42, "speeds": 3.14}}'),
  },
  {
    name: "a point without a timestamp, keys in the data's order, non-ASCII escaped",
    method: "emit",
    topic: "tagged",
    data: { label: "café", tags: ["a"] },
    expected: ok('{"$metadata": {"topic": "tagged"}, "$data": {"label": "caf\\u00e9", "tags": ["a"]}}'),
  },
  {
    name: "timestamp 0 is written",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: -1, speeds: 1e-5 },
    timestamp: 0,
    expected: ok('{"$metadata": {"topic": "drone_speed", "timestamp": 0}, "$data": {"speed_int": -1, "speeds": 1e-05}}'),
  },
  {
    name: "an int is a float",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: 1, speeds: 7 },
    timestamp: 5,
    expected: ok('{"$metadata": {"topic": "drone_speed", "timestamp": 5}, "$data": {"speed_int": 1, "speeds": 7}}'),
  },
  {
    name: "booleans, media names and statuses",
    method: "emit",
    topic: "flags",
    data: { ok: false, frame: "a.png", clip: "b.mp4", state: "PASSED" },
    timestamp: 1,
    expected: ok('{"$metadata": {"topic": "flags", "timestamp": 1}, "$data": {"ok": false, "frame": "a.png", "clip": "b.mp4", "state": "PASSED"}}'),
  },
  {
    name: "an unknown topic",
    method: "emit",
    topic: "nope",
    data: { x: 1 },
    expected: fails("Validation error: topic 'nope' not found in configuration. Available topics: 'drone_speed', 'tagged', 'flags', 'node_crashes'"),
  },
  {
    name: "an unknown field",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: 1, speed: 2.5 },
    expected: fails("Validation error (topic 'drone_speed', field 'speed'): field 'speed' not found in schema. Available fields: 'speed_int', 'speeds'"),
  },
  {
    name: "a missing field",
    method: "emit",
    topic: "drone_speed",
    data: { speeds: 2.5 },
    expected: fails("Validation error (topic 'drone_speed'): missing required field(s): 'speed_int'. Provided fields: 'speeds'"),
  },
  {
    name: "true for an int",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: true, speeds: 2.5 },
    expected: fails("Validation error (topic 'drone_speed', field 'speed_int'): expected type int, got bool with value True\n  Hint: Use 1 or 0 instead of True or False for int fields."),
  },
  {
    name: "a float for an int",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: 2.5, speeds: 2.5 },
    expected: fails("Validation error (topic 'drone_speed', field 'speed_int'): expected type int, got float with value 2.5"),
  },
  {
    name: "a string for an int",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: "42", speeds: 2.5 },
    expected: fails("Validation error (topic 'drone_speed', field 'speed_int'): expected type int, got str with value '42'"),
  },
  {
    name: "None for a float",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: 1, speeds: null },
    expected: fails("Validation error (topic 'drone_speed', field 'speeds'): expected type float, got NoneType with value None"),
  },
  {
    name: "false for a float",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: 1, speeds: false },
    expected: fails("Validation error (topic 'drone_speed', field 'speeds'): expected type float, got bool with value False\n  Hint: Use numeric values instead of True or False."),
  },
  {
    name: "a number for a string, the value cut to 50 characters",
    method: "emit",
    topic: "tagged",
    data: { tags: [], label: ["a long list that goes on and on", "and on and on and on"] },
    expected: fails("Validation error (topic 'tagged', field 'label'): expected type str, got list with value ['a long list that goes on and on', 'and on and..."),
  },
  {
    name: "characters Python does not print are escaped in the value shown",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: "\u00a0\u0085\u200b\u2028\ufeff\ue000\x7f", speeds: 1 },
    expected: fails("Validation error (topic 'drone_speed', field 'speed_int'): expected type int, got str with value '\\xa0\\x85\\u200b\\u2028\\ufeff\\ue000\\x7f'"),
  },
  {
    name: "the value shown is cut at 50 characters, not UTF-16 units",
    method: "emit",
    topic: "drone_speed",
    data: { speed_int: "\u{1f600}".repeat(60), speeds: 1 },
    expected: fails(`Validation error (topic 'drone_speed', field 'speed_int'): expected type int, got str with value '${"\u{1f600}".repeat(46)}...`),
  },
  {
    name: "a string for a string list",
    method: "emit",
    topic: "tagged",
    data: { tags: "a", label: "x" },
    expected: fails("Validation error (topic 'tagged', field 'tags'): expected type list (string[]), got str with value 'a'"),
  },
  {
    name: "a number in a string list",
    method: "emit",
    topic: "tagged",
    data: { tags: ["a", 3], label: "x" },
    expected: fails("Validation error (topic 'tagged', field 'tags[1]'): expected type str, got int with value 3"),
  },
  {
    name: "a string for a boolean",
    method: "emit",
    topic: "flags",
    data: { ok: "yes", frame: "a.png", clip: "b.mp4", state: "PASSED" },
    expected: fails("Validation error (topic 'flags', field 'ok'): expected type bool, got str with value 'yes'"),
  },
  {
    name: "a dict for a metric list",
    method: "emit_event",
    topic: "node_crashes",
    data: { name: "c", description: "d", status: "FAILED", tags: [], metrics: { a: 1 } },
    timestamp: 9,
    expected: fails("Validation error (topic 'node_crashes', field 'metrics'): expected type list (metric[]), got dict with value {'a': 1}"),
  },
  {
    name: "an event",
    method: "emit_event",
    topic: "node_crashes",
    data: { name: "crash1", description: "test crash", status: "FAILED", tags: ["tag1"], metrics: [] },
    timestamp: 1000,
    expected: ok(
      '{"$metadata": {"topic": "node_crashes", "timestamp": 1000, "event": true}, "$data": {"name": "crash1", "description": "test crash", "status": "FAILED", "tags": ["tag1"], "metrics": []}}',
    ),
  },
  {
    name: "an event on a topic that is not an event topic",
    method: "emit_event",
    topic: "drone_speed",
    data: { speed_int: 1, speeds: 1 },
    timestamp: 1,
    expected: fails(
      "Validation error (topic 'drone_speed'): topic 'drone_speed' is not configured as an event topic\n  Hint: Use emit() or emit_series() instead, or add 'event: true' to the topic configuration.",
    ),
  },
  {
    name: "an event on an unknown topic",
    method: "emit_event",
    topic: "nope",
    data: {},
    timestamp: 1,
    expected: fails("Validation error (topic 'nope'): topic 'nope' not found in configuration for emit_event. Available topics: 'drone_speed', 'tagged', 'flags', 'node_crashes'"),
  },
  {
    name: "a series with timestamps",
    method: "emit_series",
    topic: "drone_speed",
    data: { speed_int: [1, 2], speeds: [0.5, 1.5] },
    timestamps: [10, 20],
    expected: ok(
      '{"$metadata": {"topic": "drone_speed", "timestamp": 10}, "$data": {"speed_int": 1, "speeds": 0.5}}',
      '{"$metadata": {"topic": "drone_speed", "timestamp": 20}, "$data": {"speed_int": 2, "speeds": 1.5}}',
    ),
  },
  {
    name: "a series without timestamps",
    method: "emit_series",
    topic: "drone_speed",
    data: { speed_int: [1, 2], speeds: [0.5, 1.5] },
    expected: ok('{"$metadata": {"topic": "drone_speed"}, "$data": {"speed_int": 1, "speeds": 0.5}}', '{"$metadata": {"topic": "drone_speed"}, "$data": {"speed_int": 2, "speeds": 1.5}}'),
  },
  {
    name: "an empty series",
    method: "emit_series",
    topic: "drone_speed",
    data: { speed_int: [], speeds: [] },
    timestamps: [],
    expected: ok(),
  },
  {
    name: "a series with a field that is not a list",
    method: "emit_series",
    topic: "drone_speed",
    data: { speed_int: [1], speeds: 0.5 },
    timestamps: [1],
    expected: fails("Validation error (topic 'drone_speed'): all data values must be lists in emit_series, but these fields are not: 'speeds'"),
  },
  {
    name: "a series shorter than its timestamps",
    method: "emit_series",
    topic: "drone_speed",
    data: { speed_int: [1, 2], speeds: [0.5] },
    timestamps: [1, 2],
    expected: fails("Validation error (topic 'drone_speed'): all series must be the same length as timestamps (length 2), but these fields have different lengths: 'speeds': 1"),
  },
  {
    name: "a series of unequal lengths",
    method: "emit_series",
    topic: "drone_speed",
    data: { speed_int: [1, 2], speeds: [0.5] },
    expected: fails("Validation error (topic 'drone_speed'): all series must be the same length in emit_series, but got different lengths: 'speed_int': 2, 'speeds': 1"),
  },
  {
    name: "a series with a bad point: nothing is written",
    method: "emit_series",
    topic: "drone_speed",
    data: { speed_int: [1, "x"], speeds: [0.5, 1] },
    timestamps: [1, 2],
    expected: fails("Validation error (Series index 1, topic 'drone_speed'): Validation error (topic 'drone_speed', field 'speed_int'): expected type int, got str with value 'x'"),
  },
  {
    name: "a series to an unknown topic",
    method: "emit_series",
    topic: "nope",
    data: { x: [1] },
    expected: fails("Validation error (Series index 0, topic 'nope'): Validation error: topic 'nope' not found in configuration. Available topics: 'drone_speed', 'tagged', 'flags', 'node_crashes'"),
  },
];
