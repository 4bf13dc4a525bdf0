/**
 * Markdown for text metrics: the common subset (headings, paragraphs,
 * emphasis, code, links, lists, quotes, rules and pipe tables), rendered
 * from escaped text so no markup in the metric reaches the page as HTML.
 * @module
 */

import { escapeHtml, Html } from "./_html.ts";

/** Markdown as HTML. Raw HTML in the source is shown as text. */
export function renderMarkdown(source: string): Html {
  return new Html(renderBlocks(source.replace(/\r\n?/g, "\n").split("\n")));
}

const fence = /^\s{0,3}(```|~~~)/;
const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const rule = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const bullet = /^\s{0,3}[-*+]\s+(.*)$/;
const numbered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const quote = /^\s{0,3}>\s?(.*)$/;
const tableDivider = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function renderBlocks(lines: readonly string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i++;
      continue;
    }
    const fenceOpen = fence.exec(line);
    if (fenceOpen !== null) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(fenceOpen[1]!); i++) body.push(lines[i]!);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join("\n"))}</code></pre>`);
      continue;
    }
    const title = heading.exec(line);
    if (title !== null) {
      // Card titles are h3: Markdown headings start below them.
      const level = Math.min(6, title[1]!.length + 3);
      out.push(`<h${level}>${renderInline(title[2]!)}</h${level}>`);
      i++;
      continue;
    }
    if (rule.test(line)) {
      out.push("<hr>");
      i++;
      continue;
    }
    if (quote.test(line)) {
      const body: string[] = [];
      for (; i < lines.length && quote.test(lines[i]!); i++) body.push(quote.exec(lines[i]!)![1]!);
      out.push(`<blockquote>${renderBlocks(body)}</blockquote>`);
      continue;
    }
    const list = bullet.test(line) ? bullet : numbered.test(line) ? numbered : undefined;
    if (list !== undefined) {
      const items: string[] = [];
      for (; i < lines.length && list.test(lines[i]!); i++) items.push(`<li>${renderInline(list.exec(lines[i]!)![1]!)}</li>`);
      const tag = list === bullet ? "ul" : "ol";
      out.push(`<${tag}>${items.join("")}</${tag}>`);
      continue;
    }
    if (line.includes("|") && i + 1 < lines.length && tableDivider.test(lines[i + 1]!)) {
      const head = cells(line).map((cell) => `<th>${renderInline(cell)}</th>`);
      const rows: string[] = [];
      for (i += 2; i < lines.length && lines[i]!.includes("|") && lines[i]!.trim() !== ""; i++) {
        rows.push(`<tr>${cells(lines[i]!).map((cell) => `<td>${renderInline(cell)}</td>`).join("")}</tr>`);
      }
      out.push(`<table><thead><tr>${head.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`);
      continue;
    }
    const paragraph: string[] = [];
    for (; i < lines.length && lines[i]!.trim() !== "" && !startsBlock(lines[i]!); i++) paragraph.push(lines[i]!.trimStart());
    out.push(`<p>${renderInline(paragraph.join("\n")).replace(/\n/g, " ")}</p>`);
  }
  return out.join("");
}

function startsBlock(line: string): boolean {
  return [fence, heading, rule, bullet, numbered, quote].some((pattern) => pattern.test(line));
}

function cells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => cell.trim());
}

/** Inline spans: code first (nothing inside code is formatted), then links and emphasis. */
function renderInline(text: string): string {
  return text
    .split(/(`+[^`]*?`+)/)
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part.replace(/^`+|`+$/g, ""))}</code>` : renderSpans(part)))
    .join("");
}

function renderSpans(text: string): string {
  return escapeHtml(text)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) => {
      const target = href.replace(/&amp;/g, "&");
      if (!/^(https?:|mailto:|#)/i.test(target)) return whole;
      return `<a href="${href}" target="_blank" rel="noopener noreferrer">${label}</a>`;
    })
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_, a: string | undefined, b: string | undefined) => `<strong>${a ?? b}</strong>`)
    .replace(/(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)|(^|\W)_(?!\s)(.+?)_(?!\w)/g, (_, p1: string | undefined, a: string | undefined, p2: string | undefined, b: string | undefined) =>
      `${p1 ?? p2}<em>${a ?? b}</em>`,
    )
    .replace(/~~(.+?)~~/g, "<del>$1</del>")
    .replace(/ {2,}\n|\\\n/g, "<br>");
}
