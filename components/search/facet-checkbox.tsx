// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * One facet value as a real checkbox, so Space toggles it and screen readers announce its state.
 * With JavaScript a change applies the filter at once; without it the surrounding GET form
 * carries the checked values when it is submitted.
 */
export function FacetCheckbox({
  id,
  name,
  value,
  checked,
  query,
  children,
}: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  /** The search parameters after toggling this value. */
  query: Record<string, string>;
  children: ReactNode;
}) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [shown, setShown] = useState(checked);
  const [synced, setSynced] = useState(checked);
  // The filter can also change elsewhere (a removed chip, the back button): follow the server.
  if (checked !== synced) {
    setSynced(checked);
    setShown(checked);
  }

  return (
    <label
      htmlFor={id}
      className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm text-slate-700 hover:bg-slate-100 has-[:checked]:font-semibold has-[:checked]:text-brand-800"
    >
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        checked={shown}
        onChange={(e) => {
          setShown(e.target.checked);
          startTransition(() => router.push({ pathname: "/search", query }, { scroll: false }));
        }}
        className="h-4 w-4 shrink-0 accent-brand-700"
      />
      {children}
    </label>
  );
}
