import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { serveEvaluation } from "../../src/cli/eval_command.ts";
import { tempTree } from "../_temp_tree.ts";
import { emission, lines, speedConfigYaml } from "../evaluation/_plans.ts";
import { run } from "./_run.ts";

const scalar = (query: string) => `    type: test\n    query_string: ${query}\n    template_type: system\n    template: scalar`;

async function project(t: Parameters<typeof tempTree>[0]) {
  const dir = await tempTree(t, {
    "config.resim.yml": speedConfigYaml({ Top: scalar("SELECT MAX(v) FROM speed") }),
    "runs/a.jsonl": lines(emission("speed", { v: 4 }), emission("speed", { v: 7.5 })),
  });
  return { dir, config: join(dir, "config.resim.yml"), runs: join(dir, "runs") };
}

test("preview --config writes the evaluation's page", async (t) => {
  const p = await project(t);
  const result = await run("preview", "--config", p.config, "-o", join(p.dir, "page.html"), p.runs);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Wrote .*page\.html: 1 result for 1 job: 1 PASSED/);
  assert.match(readFileSync(join(p.dir, "page.html"), "utf8"), /<h3>Top<\/h3>/);
});

test("preview --config --serve evaluates again when the config or the emissions change", async (t) => {
  const p = await project(t);
  const log: string[] = [];
  const server = await serveEvaluation(p.runs, { config: [p.config] }, (line) => log.push(line));
  t.after(() => server.close());
  const page = async () => (await fetch(server.url)).text();
  const until = async (pattern: RegExp) => {
    for (let i = 0; i < 100 && !pattern.test(await page()); i++) await sleep(100);
    return page();
  };
  const first = await page();
  assert.match(first, /<body data-live="\/events">/);
  assert.match(first, /<p class="big-value">7\.5/);
  writeFileSync(p.config, speedConfigYaml({ Lowest: scalar("SELECT MIN(v) FROM speed") }));
  assert.match(await until(/<h3>Lowest<\/h3>/), /<p class="big-value">4/);
  writeFileSync(join(p.runs, "a.jsonl"), lines(emission("speed", { v: 2 })));
  assert.match(await until(/<p class="big-value">2/), /<h3>Lowest<\/h3>/);
  writeFileSync(p.config, "version: 1\ntopics: [");
  const broken = await until(/class="message"/);
  assert.match(broken, /Cannot evaluate: the config has 1 error/);
  assert.ok(log.some((line) => line.startsWith("resim-metrics: Cannot evaluate")), log.join("\n"));
});
