/**
 * The SDK's API reference: Markdown pages under docs/api/, one per source
 * module that `resim-metrics` exports from, generated from the type
 * declarations `resim-metrics types` prints and their TSDoc.
 *
 * Usage: node build/api_docs.ts [--check]      (npm run docs:api)
 *   --check    exit 1 if a committed page differs from what would be generated
 *
 * TypeDoc needs TypeScript 5's compiler API, which TypeScript 7 does not
 * have; the emitted declarations are regular enough to read line by line:
 * one statement per line at the module's indentation, members one level in.
 * @module
 */

import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { writeOrCheckGenerated } from "./_generated_file.ts";
import { bundleDeclarations } from "./declarations.ts";
import { headingAnchor } from "./markdown.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(repo, "docs/api");
const rootModule = "resim-metrics";
const internalPrefix = "resim-metrics/internal/";

/** A TSDoc comment: its text and tags. */
interface Doc {
  readonly text: string;
  readonly tags: readonly { readonly name: string; readonly text: string }[];
}

/** A statement of a module body: a declaration or an import/export clause. */
interface Statement {
  readonly doc: Doc | undefined;
  readonly lines: readonly string[];
}

/** A declaration of a public name. */
interface Declaration {
  readonly name: string;
  readonly kind: string;
  readonly doc: Doc | undefined;
  readonly text: string;
  readonly members: readonly Statement[];
}

/** A public name: how scripts write it, where it is declared, and its declarations. */
interface Entry {
  readonly name: string;
  readonly module: string;
  readonly declarations: readonly Declaration[];
}

/** The declaration bundle split into its ambient modules: name → body lines, dedented. */
function ambientModules(bundle: string): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  for (const match of bundle.matchAll(/^declare module "([^"]+)" \{\n([\s\S]*?)^\}$/gm)) {
    modules.set(match[1]!, match[2]!.split("\n").map((line) => line.replace(/^ {2}/, "")));
  }
  return modules;
}

function parseDoc(lines: readonly string[]): Doc {
  const text = lines
    .join("\n")
    .replace(/^\s*\/\*\*\s?/, "")
    .replace(/\s*\*\/\s*$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n");
  const [description = "", ...tagged] = `\n${text}`.split(/\n(?=@[a-zA-Z]+)/);
  return {
    text: description.trim(),
    tags: tagged.map((part) => {
      const [, name = "", rest = ""] = /^@([a-zA-Z]+)\s*([\s\S]*)$/.exec(part) ?? [];
      return { name, text: rest.trim() };
    }),
  };
}

function bracketBalance(line: string): number {
  let balance = 0;
  for (const char of line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, "")) {
    if ("{([".includes(char)) balance++;
    else if ("})]".includes(char)) balance--;
  }
  return balance;
}

/** The statements of lines at one indentation, each with the doc comment before it. */
function statements(lines: readonly string[], indent: string): Statement[] {
  const found: Statement[] = [];
  let doc: Doc | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith(indent) || line.slice(indent.length).startsWith(" ") || line.trim() === "") continue;
    if (line.trimStart().startsWith("/**")) {
      let end = i;
      while (!lines[end]!.includes("*/")) end++;
      doc = parseDoc(lines.slice(i, end + 1));
      i = end;
      continue;
    }
    let end = i;
    let balance = bracketBalance(line);
    while (balance > 0 || !/[;}]\s*$/.test(lines[end]!)) {
      end++;
      balance += bracketBalance(lines[end]!);
    }
    found.push({ doc, lines: lines.slice(i, end + 1).map((text) => text.slice(indent.length)) });
    doc = undefined;
    i = end;
  }
  return found;
}

const declarationPattern = /^export (?:default )?(?:abstract )?(class|interface|type|function|const|let|enum|namespace) ([A-Za-z_$][\w$]*)/;

/** The declarations of a module body, by name. */
function declarationsOf(body: readonly string[]): Map<string, Declaration[]> {
  const byName = new Map<string, Declaration[]>();
  for (const statement of statements(body, "")) {
    const match = declarationPattern.exec(statement.lines[0]!);
    if (!match) continue;
    const [, kind = "", name = ""] = match;
    const inner = statement.lines.slice(1, -1);
    const members = kind === "class" || kind === "interface" ? statements(inner, "    ").filter((member) => member.lines[0] !== "#private;") : [];
    const text = kind === "class" || kind === "interface" ? [statement.lines[0]!, ...members.flatMap((member) => member.lines.map((line) => `    ${line}`)), statement.lines.at(-1)!].join("\n") : statement.lines.join("\n");
    byName.set(name, [...(byName.get(name) ?? []), { name, kind, doc: statement.doc, text, members }]);
  }
  return byName;
}

/** The names a module exports, each with the module that declares it. */
function exportsOf(modules: Map<string, string[]>, module: string): Map<string, { module: string; name: string }> {
  const body = modules.get(module);
  if (!body) throw new Error(`Cannot document "${module}": the declarations have no such module`);
  const names = new Map<string, { module: string; name: string }>();
  for (const name of declarationsOf(body).keys()) names.set(name, { module, name });
  for (const statement of statements(body, "")) {
    const text = statement.lines.join(" ");
    const star = /^export \* from "([^"]+)";/.exec(text);
    if (star) for (const [name, target] of exportsOf(modules, star[1]!)) names.set(name, target);
    const named = /^export (?:type )?\{([^}]*)\} from "([^"]+)";/.exec(text);
    if (named) {
      const targets = exportsOf(modules, named[2]!);
      for (const item of named[1]!.split(",").map((part) => part.trim().replace(/^type /, "")).filter(Boolean)) {
        const [original = "", alias = original] = item.split(/\s+as\s+/);
        const target = targets.get(original);
        if (!target) throw new Error(`Cannot document "${alias}": "${named[2]}" does not export "${original}"`);
        names.set(alias, target);
      }
    }
  }
  return names;
}

/** The page of a module, relative to docs/api/. */
function pageOf(module: string): string {
  return `${module.slice(internalPrefix.length)}.md`;
}

/** Every public name of `resim-metrics`, and the namespaces it exports (`Api`). */
function publicEntries(modules: Map<string, string[]>): Entry[] {
  const entries: Entry[] = [];
  for (const [name, target] of exportsOf(modules, rootModule)) {
    entries.push({ name, module: target.module, declarations: declarationsOf(modules.get(target.module)!).get(target.name)! });
  }
  for (const statement of statements(modules.get(rootModule)!, "")) {
    const namespace = /^export (?:type )?\* as (\w+) from "([^"]+)";/.exec(statement.lines.join(" "));
    if (!namespace) continue;
    for (const [name, declarations] of declarationsOf(modules.get(namespace[2]!)!)) entries.push({ name: `${namespace[1]}.${name}`, module: namespace[2]!, declarations });
  }
  return entries;
}

/** Where a name's documentation is: its page and anchor. */
type LinkTargets = Map<string, { page: string; anchor: string }>;

function memberName(member: Statement): string | undefined {
  return /^(?:(?:readonly|static|abstract|protected|get|set|async)\s+)*([A-Za-z_$][\w$]*)\??[(<:]/.exec(member.lines[0]!)?.[1] ?? (member.lines[0]!.startsWith("constructor(") ? "constructor" : undefined);
}

function memberAnchor(owner: string, member: string): string {
  return `${owner}-${member}`.toLowerCase().replace(/[^a-z0-9-]/g, "-");
}

function linkTargets(entries: readonly Entry[]): LinkTargets {
  const targets: LinkTargets = new Map();
  for (const entry of entries) {
    const page = pageOf(entry.module);
    targets.set(entry.name, { page, anchor: headingAnchor(`\`${entry.name}\``) });
    for (const declaration of entry.declarations) {
      for (const member of declaration.members.filter((candidate) => candidate.doc)) {
        const name = memberName(member);
        if (name) targets.set(`${entry.name}.${name}`, { page, anchor: memberAnchor(entry.name, name) });
      }
    }
  }
  return targets;
}

/** TSDoc text as Markdown: `{@link X}` becomes a link where X is documented. */
function markdownOf(text: string, page: string, targets: LinkTargets): string {
  return text.replace(/\{@link\s+([^}|\s]+)(?:\s*\|\s*([^}]+)|\s+([^}]+))?\}/g, (_match, name: string, label?: string, label2?: string) => {
    const shown = (label ?? label2)?.trim() ?? `\`${name}\``;
    const target = targets.get(name);
    if (!target) return shown;
    const path = target.page === page ? "" : posix.relative(posix.dirname(page), target.page);
    return `[${shown}](${path}#${target.anchor})`;
  });
}

function renderDoc(doc: Doc | undefined, page: string, targets: LinkTargets): string[] {
  if (!doc) return [];
  const out: string[] = [];
  if (doc.text) out.push(markdownOf(doc.text, page, targets), "");
  const params = doc.tags.filter((tag) => tag.name === "param");
  if (params.length > 0) {
    out.push("Parameters:", "");
    for (const param of params) {
      const [, name = "", text = ""] = /^(\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(param.text) ?? [];
      out.push(`- \`${name}\`${text ? `: ${markdownOf(text.replace(/\s*\n\s*/g, " "), page, targets)}` : ""}`);
    }
    out.push("");
  }
  for (const tag of doc.tags) {
    const text = markdownOf(tag.text, page, targets);
    if (tag.name === "returns") out.push(`Returns ${text}`, "");
    else if (tag.name === "throws") out.push(`Throws ${text.replace(/^\{([^}]+)\}/, "`$1`")}`, "");
    else if (tag.name === "default") out.push(`Default: ${text.startsWith("`") ? text : `\`${text}\``}`, "");
    else if (tag.name === "deprecated") out.push(`**Deprecated.** ${text}`, "");
    else if (tag.name === "see") out.push(`See ${text}`, "");
    else if (tag.name === "typeParam") out.push(`Type parameter ${text.replace(/^(\S+)/, "`$1`")}`, "");
    else if (tag.name === "example") out.push("Example:", "", tag.text.includes("```") ? tag.text : ["```ts", tag.text, "```"].join("\n"), "");
  }
  return out;
}

function renderEntry(entry: Entry, page: string, targets: LinkTargets): string[] {
  const out = [`## \`${entry.name}\``, ""];
  entry.declarations.forEach((declaration, index) => {
    const previous = entry.declarations[index - 1];
    if (previous?.kind === declaration.kind && !declaration.doc) {
      // An overload without its own doc joins the code block above.
      out.splice(out.lastIndexOf("```"), 0, declaration.text);
      return;
    }
    out.push(`*${declaration.kind}*`, "", ...renderDoc(declaration.doc, page, targets), "```ts", declaration.text, "```", "");
    for (const member of declaration.members.filter((candidate) => candidate.doc)) {
      const name = memberName(member);
      if (name) out.push(`<a id="${memberAnchor(entry.name, name)}"></a>`, "");
      out.push("```ts", member.lines.join("\n"), "```", "", ...renderDoc(member.doc, page, targets));
    }
  });
  return out;
}

function firstParagraph(doc: Doc | undefined): string {
  return (doc?.text ?? "").split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, " ");
}

function firstSentence(doc: Doc | undefined): string {
  const text = firstParagraph(doc);
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** Pages in reading order: the SDK first, the API's records last. */
function pageRank(page: string): number {
  const rank = ["sdk/", "validate/", "runner/", "modes/", "api/", "proto/"].findIndex((folder) => page.startsWith(folder));
  return page === "sdk/writer.md" ? -1 : page === "api/gen/customerapi.md" ? 99 : rank;
}

/** The module's own doc comment (its `@module` comment), if any. */
function moduleDoc(body: readonly string[]): Doc | undefined {
  const start = body.findIndex((line) => line.startsWith("/**"));
  if (start < 0) return undefined;
  const end = body.findIndex((line, index) => index >= start && line.includes("*/"));
  const doc = parseDoc(body.slice(start, end + 1));
  return doc.tags.some((tag) => tag.name === "module") ? doc : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

/**
 * docs/api/ as page path → Markdown, from the declaration bundle.
 *
 * @example
 * ```ts
 * const pages = apiPages();
 * pages.get("sdk/writer.md"); // "<!-- Generated … -->\n\n# sdk/writer\n\n`MetricsWriter`: collects …"
 * ```
 */
export function apiPages(bundle: string = bundleDeclarations()): Map<string, string> {
  const modules = ambientModules(bundle);
  const entries = publicEntries(modules);
  const targets = linkTargets(entries);
  const byPage = new Map<string, Entry[]>();
  for (const entry of entries) byPage.set(pageOf(entry.module), [...(byPage.get(pageOf(entry.module)) ?? []), entry]);
  const pages = new Map<string, string>();
  const generated = "<!-- Generated by `npm run docs:api` (build/api_docs.ts) from the TSDoc of the SDK; do not edit. -->";
  const index = [generated, "", "# The SDK API reference", "", "Every export of `resim-metrics`, the module metrics scripts import, by the source module that", "declares it. The [SDK guide](../sdk.md) shows them at work.", ""];
  for (const [page, pageEntries] of [...byPage].sort(([a], [b]) => pageRank(a) - pageRank(b) || a.localeCompare(b))) {
    const sorted = pageEntries.sort((a, b) => a.name.localeCompare(b.name));
    const module = sorted[0]!.module;
    const title = module === `${internalPrefix}api/gen/customerapi` ? "Api: the ReSim API's records" : page.replace(/\.md$/, "");
    const summary = firstParagraph(moduleDoc(modules.get(module)!));
    const back = posix.relative(posix.dirname(page), "index.md");
    pages.set(page, [generated, "", `# ${title}`, "", ...(summary ? [markdownOf(summary, page, targets), ""] : []), `[All modules](${back})`, "", ...sorted.flatMap((entry) => renderEntry(entry, page, targets))].join("\n").trimEnd() + "\n");
    index.push(`## [${title}](${page})`, "", ...(summary ? [markdownOf(summary, "index.md", targets), ""] : []), "| name | kind | what it is |", "| --- | --- | --- |");
    for (const entry of sorted) {
      const first = entry.declarations[0]!;
      index.push(`| [\`${entry.name}\`](${page}#${targets.get(entry.name)!.anchor}) | ${[...new Set(entry.declarations.map((d) => d.kind))].join(", ")} | ${oneLine(markdownOf(firstSentence(first.doc), "index.md", targets))} |`);
    }
    index.push("");
  }
  pages.set("index.md", index.join("\n").trimEnd() + "\n");
  return pages;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)));
}

if (import.meta.main) {
  const check = process.argv.includes("--check");
  const pages = apiPages();
  const extra = markdownFiles(outDir).filter((file) => !pages.has(file));
  const missing = [...pages.keys()].filter((page) => !existsSync(join(outDir, page)));
  if (check && extra.length + missing.length > 0) {
    console.error(`docs/api/${extra[0] ?? missing[0]} is stale: run \`npm run docs:api\` and commit the result`);
    process.exit(1);
  }
  for (const file of extra) rmSync(join(outDir, file));
  for (const [page, markdown] of pages) {
    if (!check) mkdirSync(dirname(join(outDir, page)), { recursive: true });
    writeOrCheckGenerated(join(outDir, page), markdown);
  }
}
