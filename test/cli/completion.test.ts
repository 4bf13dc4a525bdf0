import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { useTempFolder } from "../_temp_tree.ts";
import { runCli } from "./_run_cli.ts";

/** The entries of a help section (`Options:`, `Commands:`): the first column of each entry line. */
function helpEntries(help: string, section: string): string[] {
  const body = help.split(`${section}:\n`)[1]?.split("\n\n")[0] ?? "";
  return body
    .split("\n")
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/ {2,}/)[0]!);
}

/** What `--help` shows: every command, and the option names of the program and of each command. */
function helpOf(): { commands: string[]; options: Map<string, string[]> } {
  const top = runCli(["--help"]).stdout;
  const commands = helpEntries(top, "Commands").map((entry) => entry.split(" ")[0]!);
  const names = (help: string) => helpEntries(help, "Options").flatMap((entry) => entry.match(/--?[\w-]+/g) ?? []);
  // `help --help` shows the program's help: the help command itself takes no option.
  const optionsOf = (command: string) => (command === "help" ? [] : names(runCli([command, "--help"]).stdout));
  const options = new Map([["", names(top)], ...commands.map((command): [string, string[]] => [command, optionsOf(command)])]);
  return { commands, options };
}

function available(shell: string): boolean {
  return spawnSync(shell, ["-c", "exit 0"]).status === 0;
}

function shellRun(shell: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(shell, args, { cwd, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

const sorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();

describe("resim-metrics completion", () => {
  let help: ReturnType<typeof helpOf>;
  const dir = useTempFolder();
  const scripts = new Map<string, string>();
  before(() => {
    help = helpOf();
    mkdirSync(join(dir, "inputs"));
    writeFileSync(join(dir, "script.ts"), "");
    for (const shell of ["bash", "zsh", "fish"]) {
      const printed = runCli(["completion", shell]);
      assert.equal(printed.code, 0, printed.stderr);
      scripts.set(shell, printed.stdout);
      writeFileSync(join(dir, `completion.${shell}`), printed.stdout);
    }
  });

  test("help lists the completion command, and an unknown shell is a usage error", () => {
    assert.ok(help.commands.includes("completion"), help.commands.join(" "));
    assert.equal(runCli(["completion", "tcsh"]).stderr, "resim-metrics: command-argument value 'tcsh' is invalid for argument 'shell': allowed choices are bash, zsh, fish (run with --help for usage)\n");
  });

  test("bash: the script parses and completes every command, each command's options, choices and files", () => {
    assert.equal(shellRun("bash", ["-n", join(dir, "completion.bash")], dir), "");
    // Drives the completion function as bash does: the words typed, the index of the one completed.
    const complete = (...words: string[]): string[] => {
      const call = `source completion.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _resim_metrics; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return shellRun("bash", ["-c", call], dir).split("\n").filter((line) => line !== "");
    };
    assert.deepEqual(sorted(complete("resim-metrics", "")), sorted(help.commands));
    assert.deepEqual(sorted(complete("resim-metrics", "-")), sorted(help.options.get("")!));
    for (const command of help.commands) assert.deepEqual(sorted(complete("resim-metrics", command, "-")), sorted(help.options.get(command)!), command);
    assert.deepEqual(complete("resim-metrics", "run", "--mode", ""), ["test", "batch", "report"]);
    assert.deepEqual(complete("resim-metrics", "run", "--inputs", ""), ["inputs"]);
    assert.deepEqual(sorted(complete("resim-metrics", "run", "")), sorted(["completion.bash", "completion.fish", "completion.zsh", "inputs", "script.ts"]));
    assert.deepEqual(complete("resim-metrics", "fetch", "--token", ""), []);
  });

  test("fish: the script parses and completes every command, each command's options, choices and folders", { skip: available("fish") ? false : "fish is not installed" }, () => {
    assert.equal(shellRun("fish", ["--no-execute", join(dir, "completion.fish")], dir), "");
    const complete = (line: string): string[] =>
      shellRun("fish", ["--no-config", "-c", `source completion.fish; complete -C '${line}'`], dir)
        .split("\n")
        .filter((entry) => entry !== "")
        .map((entry) => entry.split("\t")[0]!);
    assert.deepEqual(sorted(complete("resim-metrics ")), sorted(help.commands));
    for (const command of help.commands) {
      const long = help.options.get(command)!.filter((name) => name.startsWith("--"));
      assert.deepEqual(sorted(complete(`resim-metrics ${command} --`)), sorted(long), command);
    }
    assert.deepEqual(sorted(complete("resim-metrics run --mode ")), ["batch", "report", "test"]);
    assert.deepEqual(complete("resim-metrics run --inputs "), ["inputs/"]);
  });

  test("zsh: the script parses, registers itself after compinit, and names every command and option", { skip: available("zsh") ? false : "zsh is not installed" }, () => {
    assert.equal(shellRun("zsh", ["-n", join(dir, "completion.zsh")], dir), "");
    const registered = shellRun("zsh", ["-f", "-c", "autoload -Uz compinit && compinit -u -D && source ./completion.zsh && print -r -- $_comps[resim-metrics]"], dir);
    assert.equal(registered, "_resim_metrics\n");
    const script = scripts.get("zsh")!;
    for (const command of help.commands) {
      assert.match(script, new RegExp(`^    '${command}:`, "m"), command);
      const branch = script.split(`  '${command}')\n`)[1]?.split(";;")[0] ?? "";
      for (const option of help.options.get(command)!) assert.ok(branch.includes(`${option}`), `${command} ${option}`);
    }
  });
});
