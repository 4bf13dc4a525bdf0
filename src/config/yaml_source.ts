/**
 * A YAML config file as data plus the place of every key in it, so later
 * checks can point at `file:line:column`.
 * @module
 */

import type { Node } from "yaml";
import { yaml } from "./yaml_module.ts";
import type { ConfigPathSegment, ConfigProblem, SourceLocation } from "./problem.ts";

/** A parsed YAML document: its plain value and where each key path starts. */
export interface YamlSource {
  readonly file: string;
  /** The document as plain data (`null` for an empty file); `undefined` when it did not parse. */
  readonly value: unknown;
  /** Syntax errors, duplicate keys within the file among them. */
  readonly problems: readonly ConfigProblem[];
  /** The place of the deepest key on `path` that the document has (the document's start at worst). */
  locate(path: readonly ConfigPathSegment[]): SourceLocation;
}

const SEP = "\u0000";

/**
 * Parses `text` (the content of `file`) as YAML 1.2.
 *
 * @example
 * const source = parseYamlSource("c.yml", "topics:\n  speed: {schema: {v: float}}\n");
 * source.locate(["topics", "speed"]); // { file: "c.yml", line: 2, column: 3 }
 */
export function parseYamlSource(file: string, text: string): YamlSource {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problems: ConfigProblem[] = doc.errors.map((error) => ({
    severity: "error",
    location: at(error.pos[0]),
    path: [],
    message: `invalid YAML: ${firstLine(error.message)}`,
  }));
  const starts = new Map<string, number>();
  if (doc.contents !== null) indexNode(doc.contents, [], starts);
  const value: unknown = problems.length === 0 ? doc.toJS({ maxAliasCount: 1000 }) : undefined;
  return {
    file,
    value,
    problems,
    locate(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const offset = starts.get(path.slice(0, depth).join(SEP));
        if (offset !== undefined) return at(offset);
      }
      return at(doc.contents?.range?.[0] ?? 0);
    },
  };
}

/** Records the start of each map key and list item under `node`. */
function indexNode(node: Node, path: readonly ConfigPathSegment[], starts: Map<string, number>): void {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const childPath = [...path, String(pair.key.value)];
      if (pair.key.range) starts.set(childPath.join(SEP), pair.key.range[0]);
      if (pair.value !== null && isNodeValue(pair.value)) indexNode(pair.value, childPath, starts);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (!isNodeValue(item)) return;
      const childPath = [...path, index];
      if (item.range) starts.set(childPath.join(SEP), item.range[0]);
      indexNode(item, childPath, starts);
    });
  }
}

function isNodeValue(value: unknown): value is Node {
  const { isMap, isScalar, isSeq } = yaml();
  return isMap(value) || isSeq(value) || isScalar(value);
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
