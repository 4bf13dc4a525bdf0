/**
 * A program under test that writes Metrics 2.0 emissions: a vehicle drives a
 * curve for 20 s, emitting its position every 0.1 s, an incident event when
 * it brakes hard, and a snapshot image written beside the emissions file.
 * Emissions are checked against the topics of `.resim/metrics/config.resim.yml`.
 *
 *   node --conditions=source examples/emissions/drive.ts /tmp/resim/outputs   (in this repository: the SDK from its sources)
 *   deno run -A examples/emissions/drive.ts /tmp/resim/outputs
 *   resim-metrics validate --config examples/emissions/.resim/metrics/config.resim.yml /tmp/resim/outputs/emissions.resim.jsonl
 */

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Emitter } from "resim-metrics";

const outputs = process.argv[2] ?? "/tmp/resim/outputs";
const config = fileURLToPath(new URL(".resim/metrics/config.resim.yml", import.meta.url));

/** Nanoseconds of simulation time at step `i` (every 0.1 s). */
const at = (step: number) => step * 100_000_000;

using emitter = new Emitter({ config, output: join(outputs, "emissions.resim.jsonl") });

// Every step as one series: checked whole, then written in one go.
const steps = 200;
const xs = new Float64Array(steps);
const ys = new Float64Array(steps);
const speeds = new Float64Array(steps);
const modes: string[] = [];
const times: number[] = [];
for (let i = 0; i < steps; i++) {
  const t = i / 10;
  speeds[i] = t < 12 ? Math.min(14, 2 + t) : Math.max(3, 14 - 4 * (t - 12));
  xs[i] = 20 * Math.sin(t / 8);
  ys[i] = 20 * (1 - Math.cos(t / 8));
  modes.push(t < 12 ? "cruise" : "braking");
  times.push(at(i));
}
emitter.emitSeries("position", { x: xs, y: ys, speed: speeds, mode: modes }, times);

// One point at a time works too: here the final resting position.
emitter.emit("position", { x: xs[steps - 1]!, y: ys[steps - 1]!, speed: 0, mode: "stopped" }, at(steps));

emitter.emitEvent(
  "incidents",
  {
    name: "Hard braking",
    description: "Deceleration of 4 m/s² from 14 m/s at 12 s",
    status: "FAIL_WARN",
    tags: ["braking", "comfort"],
    metrics: [{ name: "deceleration", type: "scalar", value: 4, unit: "m/s²" }],
  },
  at(120),
);

// Media fields name a file by its base name; the file goes in the outputs folder, beside the emissions.
const snapshot = "snapshot.png";
writeFileSync(join(outputs, snapshot), onePixelPng());
emitter.emit("snapshots", { frame: snapshot }, at(120));

/** A 1×1 grey PNG, standing in for a camera frame. */
function onePixelPng(): Uint8Array {
  return Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));
}
