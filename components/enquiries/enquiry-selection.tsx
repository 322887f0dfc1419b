// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ENQUIRY_LIMITS } from "@/lib/enquiries/constants";

/**
 * Picking suppliers from search results for one enquiry. Companies are picked by slug, so a
 * company and its offer count once. The link hands the choice to the compose page, which
 * checks it again on the server.
 */
type Selection = {
  slugs: string[];
  toggle: (slug: string) => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

export function EnquirySelection({ children }: { children: ReactNode }) {
  const t = useTranslations("Enquiries.selection");
  const [slugs, setSlugs] = useState<string[]>([]);
  const value = useMemo<Selection>(
    () => ({
      slugs,
      toggle: (slug) =>
        setSlugs((current) =>
          current.includes(slug)
            ? current.filter((s) => s !== slug)
            : current.length < ENQUIRY_LIMITS.recipients
              ? [...current, slug]
              : current,
        ),
      clear: () => setSlugs([]),
    }),
    [slugs],
  );
  return (
    <SelectionContext.Provider value={value}>
      {children}
      {slugs.length > 0 ? (
        <div className="sticky bottom-3 z-10 mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-white p-3 shadow-lg ring-1 ring-slate-300">
          <p role="status" className="text-sm font-medium text-slate-800">
            {t("selected", { count: slugs.length })}
            {slugs.length >= ENQUIRY_LIMITS.recipients ? (
              <span className="ml-2 font-normal text-slate-600">{t("max", { max: ENQUIRY_LIMITS.recipients })}</span>
            ) : null}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="neutral"
              size="sm"
              type="button"
              onClick={() => setSlugs([])}
            >
              {t("clear")}
            </Button>
            <Button
              size="sm"
              href={{ pathname: "/account/inbox/new", query: { to: slugs } }}
              data-testid="send-enquiry-selected"
            >
              {t("send")}
            </Button>
          </div>
        </div>
      ) : null}
    </SelectionContext.Provider>
  );
}

/** The checkbox on one result; disabled once ten companies are picked. */
export function EnquirySelectCheckbox({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations("Enquiries.selection");
  const selection = useContext(SelectionContext);
  if (!selection) return null;
  const checked = selection.slugs.includes(slug);
  const full = !checked && selection.slugs.length >= ENQUIRY_LIMITS.recipients;
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 rounded-md bg-white px-2 py-1 text-sm text-slate-700 ring-1 ring-slate-200 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
      <input
        type="checkbox"
        checked={checked}
        disabled={full}
        onChange={() => selection.toggle(slug)}
        aria-label={t("selectNamed", { name })}
        data-testid="enquiry-select"
        className="h-4 w-4 accent-brand-700"
      />
      <span aria-hidden>{t("select")}</span>
    </label>
  );
}
