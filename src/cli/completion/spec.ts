/**
 * What the shells complete, read from the commander program: its commands,
 * their options and arguments, and what kind of value each takes. Reading
 * the program rather than listing commands here keeps completion in step
 * with every command and option as they are added.
 * @module
 */

import type { Argument, CommandUnknownOpts, Option } from "@commander-js/extra-typings";

/**
 * What a value completes to: nothing in particular, one of fixed choices, a
 * directory, a file (or directory), or a command of the program.
 */
export type ValueKind =
  | { readonly kind: "any" }
  | { readonly kind: "choices"; readonly choices: readonly string[] }
  | { readonly kind: "directory" }
  | { readonly kind: "file" }
  | { readonly kind: "command" };

/** An option as the shells complete it. */
export interface OptionSpec {
  /** `--inputs`, if the option has a long name. */
  readonly long: string | undefined;
  /** `-q`, if the option has a short name. */
  readonly short: string | undefined;
  readonly description: string;
  /** The value the option takes (`<dir>`), or undefined for a flag. */
  readonly value: { readonly name: string; readonly kind: ValueKind } | undefined;
}

/** A positional argument. */
export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  /** Whether it takes any number of words (`<files...>`). */
  readonly variadic: boolean;
  readonly kind: ValueKind;
}

/** A command (or the program itself) as the shells complete it. */
export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly arguments: readonly ArgumentSpec[];
}

/** The program: its own options, and its commands in `--help` order. */
export interface ProgramSpec extends CommandSpec {
  readonly commands: readonly CommandSpec[];
}

/**
 * What a value named `name` (`<dir>`, `[script]`) completes to: folders for
 * `dir`/`folder`, files for `file`/`files`/`script`/`input`/`path`, command
 * names for `command`, else nothing in particular.
 */
function kindOfValue(name: string, choices: readonly string[] | undefined): ValueKind {
  if (choices !== undefined && choices.length > 0) return { kind: "choices", choices };
  if (/^(dir|folder)s?$/.test(name)) return { kind: "directory" };
  if (/^(file|script|input|path)s?$/.test(name)) return { kind: "file" };
  if (name === "command") return { kind: "command" };
  return { kind: "any" };
}

function optionSpec(option: Option): OptionSpec {
  const valueName = /[<[]([^>\]]+?)(\.\.\.)?[>\]]/.exec(option.flags)?.[1];
  return {
    long: option.long,
    short: option.short,
    description: option.description,
    value: valueName === undefined ? undefined : { name: valueName, kind: kindOfValue(valueName, option.argChoices) },
  };
}

function argumentSpec(argument: Argument): ArgumentSpec {
  const name = argument.name();
  return { name, description: argument.description, required: argument.required, variadic: argument.variadic, kind: kindOfValue(name, argument.argChoices) };
}

function commandSpec(command: CommandUnknownOpts): CommandSpec {
  const help = command.createHelp();
  return {
    name: command.name(),
    // The summary `--help` lists commands with, when the command has one.
    description: help.subcommandDescription(command),
    options: help.visibleOptions(command).map(optionSpec),
    arguments: command.registeredArguments.map(argumentSpec),
  };
}

/**
 * Every command, option and argument of `program` that its help shows,
 * the implicit `help [command]` included.
 *
 * @example
 * const spec = describeProgram(program);
 * spec.commands.map((command) => command.name); // ["run", "mode", …, "help"]
 */
export function describeProgram(program: CommandUnknownOpts): ProgramSpec {
  return { ...commandSpec(program), commands: program.createHelp().visibleCommands(program).map(commandSpec) };
}

/** The names an option is typed as: `-q` and `--quiet`. */
export function optionNames(option: OptionSpec): string[] {
  return [option.short, option.long].filter((name) => name !== undefined);
}
