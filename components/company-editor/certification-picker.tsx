// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { COMMON_CERTIFICATIONS, PROFILE_LIMITS } from "@/lib/companies/schema";

/** Common certifications as checkboxes, anything else typed in. */
export function CertificationPicker({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (list: string[]) => void;
  error?: string;
}) {
  const t = useTranslations("CompanyEditor.certifications");
  const id = useId();
  const [draft, setDraft] = useState("");
  const has = (c: string) => value.some((v) => v.toLowerCase() === c.toLowerCase());
  const custom = value.filter((v) => !COMMON_CERTIFICATIONS.some((c) => c.toLowerCase() === v.toLowerCase()));
  const full = value.length >= PROFILE_LIMITS.certifications;
  const add = () => {
    const entry = draft.trim().slice(0, PROFILE_LIMITS.certification);
    if (entry && !has(entry) && !full) onChange([...value, entry]);
    setDraft("");
  };

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("label")}</legend>
      <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
        {COMMON_CERTIFICATIONS.map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={has(c)}
              disabled={full && !has(c)}
              onChange={() =>
                onChange(has(c) ? value.filter((v) => v.toLowerCase() !== c.toLowerCase()) : [...value, c])
              }
            />
            {c}
          </label>
        ))}
      </div>
      {custom.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("custom")}>
          {custom.map((c) => (
            <li key={c} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 pr-1 text-sm">
              <span>{c}</span>
              <button
                type="button"
                onClick={() => onChange(value.filter((v) => v !== c))}
                className="rounded-full px-2 hover:bg-slate-200"
                aria-label={t("remove", { name: c })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor={`${id}-other`} className="text-sm text-slate-700">
            {t("other")}
          </label>
          <input
            id={`${id}-other`}
            value={draft}
            maxLength={PROFILE_LIMITS.certification}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              // Enter adds the entry instead of submitting the whole profile.
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            placeholder={t("placeholder")}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
          />
        </div>
        <Button
          variant="neutral"
          size="sm"
          type="button"
          onClick={add}
          disabled={full}
          className="py-2"
        >
          {t("add")}
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
