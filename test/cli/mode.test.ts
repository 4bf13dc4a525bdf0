import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { tempTree } from "../_temp_tree.ts";
import { runCli } from "./_run_cli.ts";

const token = "eyJ0eXAi.mode-command-token.c2ln";
const batchID = "7579affb-3e5b-4f02-871b-bf275aef67ee";
const projectID = "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b";

describe("resim-metrics mode", () => {
  test("mode prints test mode's folders, marking missing ones", async (t) => {
    const dir = await tempTree(t, { logs: null });
    const { code, stdout, stderr } = runCli(["mode", "--inputs", dir, "--outputs", "/out"]);
    assert.equal(stderr, "");
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [`mode:       test`, `inputs:     ${dir}`, `outputs:    /out`, `experience: ${join(dir, "experience")} (missing)`, `logs:       ${join(dir, "logs")}`, ""].join("\n"),
    );
  });

  test("mode prints batch mode's config with the token redacted, as text and JSON", async (t) => {
    const dir = await tempTree(t, { "batch_metrics_config.json": JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", batchID, projectID }) });
    const text = runCli(["mode", "--inputs", dir], { env: { RESIM_METRICS_OUTPUTS: "/env/out" } });
    assert.equal(
      text.stdout,
      [
        `mode:        batch`,
        `inputs:      ${dir}`,
        `outputs:     /env/out`,
        `config:      ${join(dir, "batch_metrics_config.json")}`,
        `  authToken: [redacted]`,
        `  apiURL:    https://api.resim.ai/v1`,
        `  batchID:   ${batchID}`,
        `  projectID: ${projectID}`,
        "",
      ].join("\n"),
    );
    const json = runCli(["mode", "--inputs", dir, "--json"]);
    assert.deepEqual(JSON.parse(json.stdout), {
      mode: "batch",
      inputsDir: dir,
      configPath: join(dir, "batch_metrics_config.json"),
      config: { authToken: "[redacted]", apiURL: "https://api.resim.ai/v1", batchID, projectID },
      warnings: [],
      outputsDir: "/tmp/resim/outputs",
    });
    assert.ok(!text.stdout.includes(token) && !json.stdout.includes(token));
  });

  test("mode shows the warning when both configs are present", async (t) => {
    const config = JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", batchID, reportID: batchID, projectID: batchID });
    const dir = await tempTree(t, { "batch_metrics_config.json": config, "report_config.json": config });
    const { stdout } = runCli(["mode", "--inputs", dir]);
    assert.match(stdout, /^mode: +report$/m);
    assert.ok(stdout.endsWith(`warning: Both "report_config.json" and "batch_metrics_config.json" are present in "${dir}": using report mode\n`));
  });

  const failures: { name: string; tree: Record<string, string | null>; args: (dir: string) => string[]; message: (dir: string) => string }[] = [
    {
      name: "an inputs folder selecting no mode",
      tree: {},
      args: (dir) => ["--inputs", dir],
      message: (dir) => `Cannot detect the mode: "${dir}" holds none of report_config.json (report mode), batch_metrics_config.json (batch mode), experience/ or logs/ (test mode)`,
    },
    {
      name: "a config missing a field",
      tree: { "report_config.json": JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", reportID: batchID }) },
      args: (dir) => ["--inputs", dir, "--debug"],
      message: (dir) => `Cannot parse "${join(dir, "report_config.json")}": field "projectID" is missing`,
    },
    {
      name: "a forced mode without its config",
      tree: { logs: null },
      args: (dir) => ["--inputs", dir, "--mode", "batch"],
      message: (dir) => `Cannot use batch mode: "${join(dir, "batch_metrics_config.json")}" is not a file`,
    },
  ];
  for (const { name, tree, args, message } of failures) {
    test(`mode exits with code 2 and one line for ${name}`, async (t) => {
      const dir = await tempTree(t, tree);
      const { code, stdout, stderr } = runCli(["mode", ...args(dir)]);
      assert.equal(code, 2);
      assert.equal(stdout, "");
      assert.equal(stderr.split("\n")[0], `resim-metrics: ${message(dir)}`);
      assert.ok(!stderr.includes(token));
    });
  }
});
