/**
 * Reading a large text file line by line in flat memory: chunks are decoded
 * as UTF-8 (characters split across chunks included) and cut at newlines.
 * @module
 */

import { StringDecoder } from "node:string_decoder";

/** What {@link forEachLine} saw. */
export interface LinesRead {
  /** Lines passed to the callback; a last line without a newline counts. */
  readonly lines: number;
  /** Whether the text ended with a newline (or was empty). */
  readonly endsWithNewline: boolean;
}

/**
 * Calls `onLine` with each line of `chunks` (without its `\n` or `\r\n`) and
 * its 1-based number. Only one chunk and one partial line are held at a time.
 *
 * @example
 * const { lines } = await forEachLine(createReadStream("emissions.resim.jsonl"), (text, n) => check(text, n));
 */
export async function forEachLine(chunks: AsyncIterable<Uint8Array | string>, onLine: (text: string, line: number) => void): Promise<LinesRead> {
  const decoder = new StringDecoder("utf8");
  let partial = "";
  let line = 0;
  const take = (text: string) => {
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      let content = text.slice(start, end);
      if (start === 0 && partial.length > 0) {
        content = partial + content;
        partial = "";
      }
      onLine(content.endsWith("\r") ? content.slice(0, -1) : content, ++line);
      start = end + 1;
    }
    partial += text.slice(start);
  };
  for await (const chunk of chunks) take(typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer));
  take(decoder.end());
  if (partial.length > 0) {
    onLine(partial.endsWith("\r") ? partial.slice(0, -1) : partial, ++line);
    return { lines: line, endsWithNewline: false };
  }
  return { lines: line, endsWithNewline: true };
}
