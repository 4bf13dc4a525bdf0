/**
 * Building HTML safely: a tagged template that escapes every interpolated
 * string, and JSON embedded in script elements without breaking out of them.
 * @module
 */

/** A fragment of HTML that is already safe to emit as is. */
export class Html {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: nothing (`undefined`, `null`, `false`), text, numbers, fragments, or lists of them. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

const entities: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text escaped for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

function append(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof Html) return value.value;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeHtml(value);
  return value.map(append).join("");
}

/** Tagged template: literal parts are trusted, interpolated values are escaped (fragments and lists join as they are). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += append(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup from this program (styles, scripts), emitted unescaped. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * JSON for a `<script type="application/json">` element: `<` is written as
 * `\u003c` so no string in the data can close the element or open a comment.
 */
export function scriptJson(value: unknown): Html {
  return new Html(JSON.stringify(value, typedArraysAsLists).replace(/</g, "\\u003c"));
}

function typedArraysAsLists(_key: string, value: unknown): unknown {
  return value instanceof Float64Array || value instanceof Int32Array ? Array.from(value) : value;
}
