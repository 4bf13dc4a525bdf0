/**
 * A small project exercising every system template, a custom template,
 * status gates and both scopes: a config, a templates folder and a batch of
 * two jobs (one with an image and a video), written into a temp folder.
 * @module
 */

import { emission, lines } from "./_plans.ts";

/** One metric of the demo config, as YAML. */
function metric(name: string, type: string, template: string, query: string, extra = ""): string {
  const how = template.endsWith(".liquid") ? `template_type: custom\n    template_file: ${template}` : `template_type: system\n    template: ${template}`;
  return `  ${name}:\n    type: ${type}\n    query_string: ${JSON.stringify(query)}\n    ${how}\n${extra}`;
}

/** The demo config. */
export const demoConfig = `version: 1
topics:
  drive:
    schema:
      speed: float
      state: string
      gear: int
  camera:
    schema:
      frame: image
      clip: video
  figure:
    schema:
      raw_metric: string
metrics:
${metric("Speed", "test", "line", "SELECT 'speed' AS group_name, timestamp / 1E9 AS \"Time (s)\", speed AS \"Speed (m/s)\" FROM drive ORDER BY timestamp")}
${metric("Gear use", "test", "bar", "SELECT 'gears' AS group_name, CAST(gear AS VARCHAR) AS \"Gear\", COUNT(*) AS \"Samples\" FROM drive GROUP BY gear ORDER BY gear")}
${metric("Summary", "test", "table", "SELECT 'Top speed' AS \"Metric\", CAST(MAX(speed) AS VARCHAR) AS \"Value\" FROM drive")}
${metric("Top speed", "test", "scalar", "SELECT MAX(speed) AS value FROM drive", "    units: m/s\n    status:\n      query_string: SELECT 1 FROM drive WHERE speed > ?\n      block: 30\n      warn: 12\n")}
${metric("Speed spread", "test", "histogram", "SELECT speed AS \"Speed (m/s)\" FROM drive", "    template_settings:\n      display:\n        bins: 5\n")}
${metric("States", "test", "pie", "SELECT state AS \"State\", COUNT(*) AS \"Samples\" FROM drive GROUP BY state ORDER BY state")}
${metric("State timeline", "test", "state_timeline", "SELECT 'Car' AS system, timestamp, state FROM drive ORDER BY timestamp")}
${metric("Frame", "test", "image", "SELECT frame FROM camera", "    skip_if_no_data: true\n")}
${metric("Clip", "test", "video", "SELECT clip FROM camera", "    skip_if_no_data: true\n")}
${metric("Logs", "test", "artifact", "SELECT clip FROM camera", "    skip_if_no_data: true\n")}
${metric("Path", "test", "path.liquid", "SELECT timestamp / 1E9 AS t, speed FROM drive ORDER BY timestamp")}
${metric("Raw figure", "test", "raw.liquid", "SELECT raw_metric FROM figure")}
${metric("Fastest job", "batch", "bar", "SELECT 'max' AS group_name, job_id AS \"Job\", MAX(speed) AS \"Top speed\" FROM drive GROUP BY job_id ORDER BY job_id")}
${metric("Outcomes", "batch", "table", "SELECT job_id, job_conflated_status FROM metadata ORDER BY job_id")}
metrics sets:
  Demo:
    metrics: [Speed, Gear use, Summary, Top speed, Speed spread, States, State timeline, Frame, Clip, Logs, Path, Raw figure, Fastest job, Outcomes]
`;

const pathTemplate = `{"data": [{"type": "scatter", "mode": "lines+markers", "name": "speed",
 "x": [{% for x in t %}{{ x }}{% unless forloop.last %}, {% endunless %}{% endfor %}],
 "y": {{ speed | json }}}], "layout": {"xaxis": {"title": {"text": "t (s)"}}}}`;

/** A 1×1 PNG. */
const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1f1a3a40000000049454e44ae426082", "hex");

function drive(speeds: number[]): string[] {
  const states = ["idle", "drive", "drive", "brake", "idle"];
  return speeds.map((speed, i) => emission("drive", { speed, state: states[i % states.length], gear: 1 + (i % 3) }, i * 500_000_000));
}

/** The demo project's files: config, templates, and runs/ with jobs `calm` and `fast`. */
export const demoProject: Readonly<Record<string, string | Uint8Array>> = {
  "metrics/config.resim.yml": demoConfig,
  "metrics/templates/path.liquid": pathTemplate,
  "metrics/templates/raw.liquid": "{{ raw_metric }}",
  "runs/calm.jsonl": lines(...drive([1, 3, 5, 4, 2, 0])),
  "runs/fast/emissions.resim.jsonl": lines(
    ...drive([4, 9, 15, 11, 6]),
    emission("camera", { frame: "frame.png", clip: "clip.mp4" }, 1),
    emission("figure", { raw_metric: JSON.stringify({ data: [{ type: "bar", x: ["a", "b"], y: [1, 2] }], layout: {} }) }),
  ),
  "runs/fast/frame.png": png,
  "runs/fast/clip.mp4": "not really a video",
};
