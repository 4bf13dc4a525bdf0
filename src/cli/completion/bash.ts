/**
 * The bash completion script: one function that finds the command typed,
 * then completes its options, the value of the option before the cursor,
 * or its arguments.
 * @module
 */

import { optionNames, type CommandSpec, type ProgramSpec, type ValueKind } from "./spec.ts";
import { posixWord } from "./_posix_word.ts";

/** The statement that fills COMPREPLY with values of `kind`. */
function complete(kind: ValueKind, program: ProgramSpec): string {
  switch (kind.kind) {
    case "choices":
      return `COMPREPLY=($(compgen -W ${posixWord(kind.choices.join(" "))} -- "$cur"))`;
    case "command":
      return `COMPREPLY=($(compgen -W ${posixWord(program.commands.map((command) => command.name).join(" "))} -- "$cur"))`;
    case "directory":
      return `compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur")`;
    case "file":
      return `compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur")`;
    case "any":
      return "COMPREPLY=()";
  }
}

/** The `case` branch completing `command`'s words. */
function commandBranch(command: CommandSpec, program: ProgramSpec, pattern: string): string {
  const valued = command.options.filter((option) => option.value !== undefined);
  const values = valued.map((option) => `        ${optionNames(option).join("|")}) ${complete(option.value!.kind, program)}; return ;;`);
  const flags = posixWord(command.options.flatMap(optionNames).join(" "));
  const words = command === program ? { kind: "command" as const } : (command.arguments[0]?.kind ?? { kind: "any" as const });
  return [
    `    ${pattern})`,
    ...(values.length > 0 ? ['      case "$prev" in', ...values, "      esac"] : []),
    `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${flags} -- "$cur")); else ${complete(words, program)}; fi`,
    "      ;;",
  ].join("\n");
}

/**
 * The bash script: `source <(resim-metrics completion bash)`.
 *
 * @example
 * process.stdout.write(bashScript(describeProgram(program)));
 */
export function bashScript(program: ProgramSpec): string {
  const name = program.name;
  const fn = `_${name.replace(/\W/g, "_")}`;
  // A command's later arguments complete as its first (files stay files); the program's own options take no values.
  return [
    `# bash completion for ${name}: source <(${name} completion bash)`,
    `${fn}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" command="" i',
    "  for ((i = 1; i < COMP_CWORD; i++)); do",
    '    if [[ "${COMP_WORDS[i]}" != -* ]]; then command="${COMP_WORDS[i]}"; break; fi',
    "  done",
    '  case "$command" in',
    ...program.commands.map((command) => commandBranch(command, program, posixWord(command.name))),
    commandBranch(program, program, '""'),
    "  esac",
    "}",
    `complete -F ${fn} ${name}`,
    "",
  ].join("\n");
}
