"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { useRouter } from "@/lib/i18n/navigation";

/** Runs a button's action, shows its error, and reloads the page's data when it worked. */
export function useEnquiryAction() {
  const te = useTranslations("ActionErrors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = (mutation: () => Promise<ActionResult<unknown>>, onDone?: () => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await mutation();
        if (!result.ok) return setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? te("unexpected"));
        onDone?.();
        router.refresh();
      } catch {
        setError(te("unexpected"));
      }
    });

  return { run, pending, error };
}
