/**
 * Readying the script loader ahead of time. The binary's build runs this
 * while making its V8 startup snapshot, so that the loader's modules are
 * evaluated and the TypeScript compiler's code is compiled and warm before
 * the first run.
 * @module
 */

import { compileTypeScript } from "./typescript.ts";

const sample = `
import { defineMetrics, type MetricsContext } from "resim-metrics";
enum Gear { First = 1, Second }
class Box<T> { constructor(private readonly value: T, public label?: string) {} get(): T { return this.value; } }
export default defineMetrics({ async test(ctx: MetricsContext): Promise<void> { const box = new Box<number>(Gear.Second); ctx.log.info(box.get() satisfies number); } });
`;

/** Evaluates the Node loader's modules and compiles a sample script (its output is discarded). */
export async function prepareScriptLoader(): Promise<void> {
  await Promise.all([import("./_module_hooks.ts"), import("./_main_loader.ts")]);
  compileTypeScript(sample, "/prepare/sample.ts");
}
