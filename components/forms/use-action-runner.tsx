// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * For buttons that call one server action and then show the fresh page: tracks pending state
 * and shows the action's translated error next to the button.
 */
export function useActionRunner() {
  const router = useRouter();
  const te = useTranslations("ActionErrors");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = <T,>(mutation: () => Promise<ActionResult<T>>, after?: (data: T) => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await mutation();
        if (!result.ok) {
          setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? te("unexpected"));
          return;
        }
        if (after) after(result.data);
        else router.refresh();
      } catch {
        setError(te("unexpected"));
      }
    });
  return { pending, error, run, setError };
}

export function ActionError({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}
