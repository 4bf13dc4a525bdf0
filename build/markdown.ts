/**
 * Markdown as GitHub renders it, as much as the documentation needs: the
 * anchors of headings, fenced code blocks with their info strings, and
 * links. The API reference generator makes its anchors with it, and the
 * docs tests read the pages with it.
 * @module
 */

/** A fenced code block of a Markdown page. */
export interface FencedBlock {
  /** The info string after the opening fence, e.g. `sh exit=2`. */
  readonly info: string;
  /** The lines between the fences, without their indentation. */
  readonly body: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
}

/** A link of a Markdown page, outside code. */
export interface MarkdownLink {
  /** The target as written, e.g. `commands/run.md#examples`. */
  readonly target: string;
  /** The 1-based line it is on. */
  readonly line: number;
}

const fence = /^( *)(`{3,}|~{3,})(.*)$/;

/**
 * The page's lines, each with whether it is inside a fenced block (fences
 * included).
 */
function linesWithFences(page: string): { text: string; inCode: boolean }[] {
  const lines: { text: string; inCode: boolean }[] = [];
  let open: string | undefined;
  for (const text of page.split("\n")) {
    const match = fence.exec(text);
    if (open === undefined) {
      if (match) open = match[2];
      lines.push({ text, inCode: open !== undefined });
    } else {
      lines.push({ text, inCode: true });
      if (match && match[2]![0] === open[0] && match[2]!.length >= open.length && match[3]!.trim() === "") open = undefined;
    }
  }
  return lines;
}

/**
 * The fenced code blocks of a page, in order.
 *
 * @example
 * ```ts
 * fencedBlocks("```sh exit=2\nfalse\n```\n"); // [{ info: "sh exit=2", body: "false\n", line: 1 }]
 * ```
 */
export function fencedBlocks(page: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = page.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = fence.exec(lines[i]!);
    if (!open) continue;
    const [, indent, marks, info] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = fence.exec(lines[j]!);
      if (close && close[2]![0] === marks[0] && close[2]!.length >= marks.length && close[3]!.trim() === "") break;
      body.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!.trimStart());
    }
    blocks.push({ info: info.trim(), body: body.map((line) => `${line}\n`).join(""), line: i + 1 });
    i = j;
  }
  return blocks;
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation other than `-`
 * and `_` dropped, spaces made hyphens.
 *
 * @example
 * ```ts
 * headingAnchor("`resim-metrics inspect FILE|-`"); // "resim-metrics-inspect-file-"
 * ```
 */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/ /g, "-");
}

/**
 * The anchors of a page's headings, numbered as GitHub numbers repeats
 * (`examples`, `examples-1`, …), plus any explicit `<a id="…">`.
 *
 * @example
 * ```ts
 * pageAnchors("# Run\n## Examples\n## Examples\n"); // Set { "run", "examples", "examples-1" }
 * ```
 */
export function pageAnchors(page: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text, inCode } of linesWithFences(page)) {
    if (inCode) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading) {
      const base = headingAnchor(heading[1]!);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]!);
  }
  return anchors;
}

/**
 * The inline links (`[text](target)`) of a page, outside code blocks and
 * code spans.
 *
 * @example
 * ```ts
 * markdownLinks("See [run](commands/run.md#examples).\n"); // [{ target: "commands/run.md#examples", line: 1 }]
 * ```
 */
export function markdownLinks(page: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  linesWithFences(page).forEach(({ text, inCode }, index) => {
    if (inCode) return;
    const prose = text.replace(/(`+)[\s\S]*?\1/g, "");
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[1]!, line: index + 1 });
  });
  return links;
}
