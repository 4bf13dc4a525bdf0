/**
 * Child role of bench/emitter.ts: emits `points` points of three fields
 * through an Emitter checking them against `config`, one `emit` per point,
 * and prints the wall and CPU time taken (through `close()`) as JSON.
 * Usage: node bench/_emitter_job.ts <config> <output> <points>
 * @module
 */

import { performance } from "node:perf_hooks";
import { Emitter } from "../src/emissions/index.ts";

const [config, output, count] = process.argv.slice(2) as [string, string, string];
const points = Number(count);
const start = performance.now();
const cpuStart = process.cpuUsage();
const emitter = new Emitter({ config, output });
for (let i = 0; i < points; i++) emitter.emit("position", { x: i * 0.5, y: i * 0.25 + 0.125, step: i }, i * 1_000_000);
emitter.close();
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
