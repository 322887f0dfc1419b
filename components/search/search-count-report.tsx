// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * Reports a shown search to the portal's statistics (app/api/search/report/route.ts): the page
 * is cached and the same for everybody, so only the browser knows it was shown. Once per search;
 * nothing is shown, and a failed report changes nothing for the visitor.
 */
export function SearchCountReport({ params }: { params: Record<string, string> }) {
  const locale = useLocale();
  const key = JSON.stringify(params);
  // Effects may run twice for one render (React's development checks); the search counts once.
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (reported.current === `${locale}:${key}`) return;
    reported.current = `${locale}:${key}`;
    void fetch("/api/search/report", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale, params: JSON.parse(key) as Record<string, string> }),
      keepalive: true,
    }).catch(() => {});
  }, [locale, key]);
  return null;
}
