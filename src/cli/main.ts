/**
 * The `resim-metrics` command line: builds the commander program from the
 * command modules in `./commands/`, runs it, and maps failures to one-line
 * messages and exit codes. Run with Node 24 (`node src/cli/main.ts`), Deno, or
 * as the single binary built from this file.
 * @module
 */

import { argv, stderr, versions } from "node:process";
import { Command, CommanderError } from "@commander-js/extra-typings";
import pkg from "../../package.json" with { type: "json" };
import { redactSecrets } from "../modes/secret.ts";
import type { RegisterCommand } from "./commands/_types.ts";
import { commands } from "./commands/index.ts";
import { CliError, debugEnabled, describeFailure, ExitCode, usageErrorLine } from "./errors.ts";

/** The runtime and its version: the Node embedded in the binary, or Deno's own version under Deno. */
function runtime(): string {
  const deno = (globalThis as { Deno?: { version: { deno: string } } }).Deno;
  return deno === undefined ? `node ${versions.node}` : `deno ${deno.version.deno}`;
}

/**
 * The subcommands to register for `args`: the one they name, whose
 * definition is all commander needs to parse it, print its help or report a
 * mistake; or every one when they name none (`--help`, a typo to suggest a
 * command for) or `completion`, which describes them all. Registering the
 * others costs a start about half a millisecond.
 */
function commandsFor(args: readonly string[]): Iterable<RegisterCommand> {
  const named = commands.get(args[0] ?? "");
  return named === undefined || args[0] === "completion" ? commands.values() : [named];
}

/** The program with the subcommands `args` need registered. */
function createProgram(args: readonly string[]): Command {
  const program = new Command()
    .name("resim-metrics")
    .description("Metrics builds for ReSim: run a metrics script, inspect, validate and preview metrics files.")
    .version(`resim-metrics ${pkg.version} (${runtime()})`, "-V, --version")
    .option("--debug", "print stack traces and internal details on failure")
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: (text, write) => write(`${usageErrorLine(text)}\n`) })
    .exitOverride();
  for (const register of commandsFor(args)) register(program);
  return program;
}

/** Parses `args` (without the node and script paths), runs the command and returns the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const program = createProgram(args);
  // Each run starts from success; a command sets process.exitCode for a failure it has already reported.
  process.exitCode = undefined;
  try {
    await program.parseAsync([...args], { from: "user" });
    return process.exitCode === undefined ? ExitCode.Ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; usage mistakes were already printed.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    // Tokens are scrubbed from everything printed on failure, debug stacks included.
    stderr.write(redactSecrets(`${describeFailure(error, debugEnabled(args.includes("--debug")))}\n`));
    return error instanceof CliError ? error.exitCode : ExitCode.Failure;
  }
}

/**
 * Calls `prepare` with process.stdout when the command first uses it. Node
 * creates the stream on first use, loading its stream modules (about a
 * millisecond), which a command printing nothing, such as `run`, need not pay.
 */
function onStdoutCreated(prepare: (stdout: NodeJS.WriteStream) => void): void {
  const created = Object.getOwnPropertyDescriptor(process, "stdout");
  if (created?.get === undefined || created.configurable !== true) {
    prepare(process.stdout);
    return;
  }
  const create = created.get;
  Object.defineProperty(process, "stdout", {
    configurable: true,
    enumerable: created.enumerable ?? true,
    get() {
      Object.defineProperty(process, "stdout", created);
      const stdout = create.call(process) as NodeJS.WriteStream;
      prepare(stdout);
      return stdout;
    },
  });
}

/**
 * Runs the CLI as this process: `args` are the arguments after the program's
 * path; the exit code is set when the command ends. Used by this file when
 * run directly and by the binary's entry point.
 */
export function runAsProcess(args: readonly string[]): void {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools do.
  onStdoutCreated((stdout) =>
    stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") stderr.write(`resim-metrics: Cannot write to standard output: ${error.message}\n`);
      process.exit(error.code === "EPIPE" ? (process.exitCode ?? ExitCode.Ok) : ExitCode.Failure);
    }),
  );
  // exitCode rather than exit(): lets piped stdout drain before the process ends.
  // No top-level await: the binary bundles this file as CommonJS.
  void main(args).then((code) => {
    process.exitCode = code;
  });
}

if (import.meta.main) runAsProcess(argv.slice(2));
