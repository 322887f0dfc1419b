// SPDX-License-Identifier: EUPL-1.2
/**
 * Short excerpts with the matched words marked «like this». The markers are plain characters:
 * the page turns them into <mark> elements and never renders the text as HTML.
 */
import { conceptMatcher } from "./concepts";
import { tokenSpans } from "./normalize";

export const MARK_OPEN = "«";
export const MARK_CLOSE = "»";
const ELLIPSIS = "…";

export interface HighlightTerms {
  /** Folded words that count as a match. */
  words: ReadonlySet<string>;
  /** Folded prefixes: any word starting with one counts (the unfinished last query word). */
  prefixes: readonly string[];
  /** Concepts the query names; their words in any language count (cross-language hits). */
  conceptIds: ReadonlySet<string>;
}

export interface SnippetOptions {
  /** Words in the excerpt. */
  length?: number;
  /** Words shown before the first match. */
  lead?: number;
}

/** Which tokens of the text to mark, as a boolean per token. */
function markedTokens(tokens: string[], terms: HighlightTerms): boolean[] {
  const marked = tokens.map((t) => terms.words.has(t) || terms.prefixes.some((p) => t.startsWith(p)));
  if (terms.conceptIds.size) {
    for (const m of conceptMatcher().matchTokens(tokens)) {
      if (!terms.conceptIds.has(m.conceptId)) continue;
      for (let i = m.start; i < m.end; i++) marked[i] = true;
    }
  }
  return marked;
}

/** Counts the tokens of a text that a query matches, to pick the best language for a snippet. */
export function countMatches(text: string, terms: HighlightTerms): number {
  return markedTokens(
    tokenSpans(text).map((s) => s.token),
    terms,
  ).filter(Boolean).length;
}

/**
 * An excerpt of about `length` words around the first match, with matches marked. Without a
 * match it is the beginning of the text. Marker characters in the source are replaced so they
 * can never be mistaken for highlights.
 */
export function buildSnippet(text: string, terms: HighlightTerms, opts: SnippetOptions = {}): string {
  const length = opts.length ?? 30;
  const lead = opts.lead ?? 8;
  const clean = text.replace(/[«»]/g, '"').replace(/\s+/g, " ").trim();
  const spans = tokenSpans(clean);
  if (!spans.length) return clean.slice(0, 200);
  const marked = markedTokens(
    spans.map((s) => s.token),
    terms,
  );
  const first = marked.indexOf(true);
  const from = first <= lead ? 0 : first - lead;
  const to = Math.min(spans.length, from + length);

  let out = from > 0 ? ELLIPSIS : "";
  let cursor = from > 0 ? spans[from].start : 0;
  for (let i = from; i < to; i++) {
    const s = spans[i];
    out += clean.slice(cursor, s.start);
    const word = clean.slice(s.start, s.end);
    out += marked[i] ? `${MARK_OPEN}${word}${MARK_CLOSE}` : word;
    cursor = s.end;
  }
  if (to < spans.length) {
    out += ELLIPSIS;
  } else {
    out += clean.slice(cursor);
  }
  // Adjacent marks read better as one: «CNC» «Fräsen» → «CNC Fräsen».
  return out.replace(new RegExp(`${MARK_CLOSE}(\\s+)${MARK_OPEN}`, "g"), "$1");
}
