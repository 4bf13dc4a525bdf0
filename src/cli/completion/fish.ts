/**
 * The fish completion script: one `complete` line per command, option and
 * argument, each limited to the command it belongs to.
 * @module
 */

import type { CommandSpec, OptionSpec, ProgramSpec, ValueKind } from "./spec.ts";

/** `text` as one single-quoted fish word. */
function quoted(text: string): string {
  return `'${text.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}

/** The flags completing a value of `kind`: `-r` a value is required, `-F` files, `-f -a …` words. */
function valueFlags(kind: ValueKind, program: ProgramSpec): string {
  switch (kind.kind) {
    case "choices":
      return `-f -a ${quoted(kind.choices.join(" "))}`;
    case "command":
      return `-f -a ${quoted(program.commands.map((command) => command.name).join(" "))}`;
    case "directory":
      return `-f -a '(__fish_complete_directories)'`;
    case "file":
      return "-F";
    case "any":
      return "-f";
  }
}

function optionLine(prefix: string, option: OptionSpec, program: ProgramSpec): string {
  const names = [option.short === undefined ? "" : ` -s ${option.short.slice(1)}`, option.long === undefined ? "" : ` -l ${option.long.slice(2)}`].join("");
  const value = option.value === undefined ? "" : ` -r ${valueFlags(option.value.kind, program)}`;
  return `${prefix}${names}${value} -d ${quoted(option.description)}`;
}

function commandLines(command: CommandSpec, program: ProgramSpec): string[] {
  const prefix = `complete -c ${program.name} -n ${quoted(`__fish_seen_subcommand_from ${command.name}`)}`;
  const argument = command.arguments[0];
  return [
    ...command.options.map((option) => optionLine(prefix, option, program)),
    ...(argument === undefined ? [] : [`${prefix} ${valueFlags(argument.kind, program)}`]),
  ];
}

/**
 * The fish script: `resim-metrics completion fish | source`, or saved as
 * `~/.config/fish/completions/resim-metrics.fish`.
 *
 * @example
 * process.stdout.write(fishScript(describeProgram(program)));
 */
export function fishScript(program: ProgramSpec): string {
  const name = program.name;
  const first = `complete -c ${name} -n __fish_use_subcommand`;
  return [
    `# fish completion for ${name}: ${name} completion fish | source`,
    `complete -c ${name} -f`,
    ...program.options.map((option) => optionLine(first, option, program)),
    ...program.commands.map((command) => `${first} -f -a ${quoted(command.name)} -d ${quoted(command.description)}`),
    ...program.commands.flatMap((command) => commandLines(command, program)),
    "",
  ].join("\n");
}
