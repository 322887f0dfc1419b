// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useEffect } from "react";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * Opening a thread marks it read while the page renders; the account navigation above it was
 * rendered before and kept by the router. One refresh brings its unread badge up to date.
 */
export function RefreshAfterRead({ changed }: { changed: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, router]);
  return null;
}
