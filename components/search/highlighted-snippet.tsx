// SPDX-License-Identifier: EUPL-1.2
import { Fragment } from "react";
import { splitHighlights } from "@/lib/search/highlight";

/**
 * Shows a snippet with its matches in <mark>. Every part is a React text child, so markup in
 * what a company wrote is displayed as text and never interpreted.
 */
export function HighlightedSnippet({ snippet, lang, className }: { snippet: string; lang?: string | null; className?: string }) {
  return (
    <p lang={lang ?? undefined} className={className}>
      {splitHighlights(snippet).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
