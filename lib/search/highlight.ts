// SPDX-License-Identifier: EUPL-1.2
/**
 * Snippets mark matched words as «word». Splitting them into parts lets the UI wrap matches in
 * <mark> elements while every character of user text stays a plain text node.
 */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const OPEN = "«";
const CLOSE = "»";

export function splitHighlights(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let rest = snippet;
  while (rest) {
    const open = rest.indexOf(OPEN);
    const close = open === -1 ? -1 : rest.indexOf(CLOSE, open + 1);
    // A guillemet the author typed (no closing partner) is kept as ordinary text.
    if (open === -1 || close === -1) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    const inner = rest.slice(open + 1, close);
    if (inner) push(inner, true);
    else push(OPEN + CLOSE, false);
    rest = rest.slice(close + 1);
  }
  return parts;
}

/** The snippet without markers, plus the [start, end) offsets of the matches in it. */
export function plainSnippet(snippet: string): { text: string; highlights: [number, number][] } {
  let text = "";
  const highlights: [number, number][] = [];
  for (const part of splitHighlights(snippet)) {
    if (part.match) highlights.push([text.length, text.length + part.text.length]);
    text += part.text;
  }
  return { text, highlights };
}
