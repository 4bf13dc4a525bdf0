/**
 * The zsh completion script: `_arguments` specs for the program and for
 * each command, with descriptions.
 * @module
 */

import { optionNames, type ArgumentSpec, type CommandSpec, type OptionSpec, type ProgramSpec, type ValueKind } from "./spec.ts";
import { posixWord } from "./_posix_word.ts";

/** A description inside `[…]` of an `_arguments` spec, or a message between its colons. */
function described(text: string): string {
  return text.replace(/[\\[\]:]/g, (char) => `\\${char}`);
}

/** The action completing a value of `kind`. */
function action(kind: ValueKind): string {
  switch (kind.kind) {
    case "choices":
      return `(${kind.choices.join(" ")})`;
    case "command":
      return "->command";
    case "directory":
      return "_files -/";
    case "file":
      return "_files";
    case "any":
      return " ";
  }
}

/** `'(-q --quiet)'{-q,--quiet}'[show no progress]'`, with `:n:` and an action for a value. */
function optionSpec(option: OptionSpec): string {
  const names = optionNames(option);
  const value = option.value === undefined ? "" : `:${described(option.value.name)}:${action(option.value.kind)}`;
  const tail = posixWord(`[${described(option.description)}]${value}`);
  return names.length === 1 ? `${posixWord(names[0]!)}${tail}` : `${posixWord(`(${names.join(" ")})`)}{${names.join(",")}}${tail}`;
}

function argumentSpec(argument: ArgumentSpec, position: number): string {
  const place = argument.variadic ? "*" : `${position + 1}${argument.required ? "" : ":"}`;
  return posixWord(`${place}:${described(argument.name)}:${action(argument.kind)}`);
}

/** The `_arguments` call completing `command`'s words (after its name). */
function commandArguments(command: CommandSpec): string {
  const specs = [...command.options.map(optionSpec), ...command.arguments.map(argumentSpec)];
  return ["_arguments -s", ...specs].join(" \\\n          ");
}

/**
 * The zsh script: saved as `_resim-metrics` in a folder of `$fpath`, or
 * `source <(resim-metrics completion zsh)` after `compinit`.
 *
 * @example
 * process.stdout.write(zshScript(describeProgram(program)));
 */
export function zshScript(program: ProgramSpec): string {
  const name = program.name;
  const fn = `_${name.replace(/\W/g, "_")}`;
  const commands = program.commands.map((command) => `    ${posixWord(`${command.name.replaceAll(":", "\\:")}:${command.description}`)}`);
  const branches = program.commands.map((command) => `      ${posixWord(command.name)})\n        ${commandArguments(command)}\n        ;;`);
  return [
    `#compdef ${name}`,
    `# zsh completion for ${name}: source <(${name} completion zsh), or save as _${name} in a folder of $fpath`,
    `${fn}() {`,
    "  local curcontext=$curcontext state line",
    "  local -a commands=(",
    ...commands,
    "  )",
    `  _arguments -C -s ${program.options.map(optionSpec).join(" ")} '1: :->command' '*:: :->arguments'`,
    '  case $state in',
    `    command) _describe -t commands ${posixWord(`${name} command`)} commands; return ;;`,
    "  esac",
    "  case $words[1] in",
    ...branches,
    "  esac",
    '  [[ $state == command ]] && _describe -t commands ' + posixWord(`${name} command`) + " commands",
    "}",
    `if [[ $funcstack[1] == ${fn} ]]; then ${fn} "$@"; else compdef ${fn} ${name}; fi`,
    "",
  ].join("\n");
}
