// SPDX-License-Identifier: EUPL-1.2
"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { SELECTABLE_INDUSTRIES } from "@/lib/companies/schema";
import type { Lang } from "@/lib/i18n/localized";
import { HAND_MADE_CONCEPTS } from "@/lib/search/data/hand-made-concepts";
import { industryTerms, matchIndustries, type IndustryTerms } from "@/lib/taxonomy/industry-match";
import { NACE } from "@/lib/taxonomy/nace-data";

const BY_CODE = new Map(NACE.map((n) => [n.code, n]));

let terms: IndustryTerms[] | null = null;
/** Built on first search: the labels of every class plus the trade words search knows for it. */
const selectableTerms = () => (terms ??= industryTerms(SELECTABLE_INDUSTRIES, HAND_MADE_CONCEPTS));

/**
 * Searchable multi-select over the NACE taxonomy, labelled in the UI language. The search
 * matches the way portal search does: all three languages, the code (many users know their
 * "CZ-NACE 25.62"), the trade words of the concept dictionary ("Stahlbau", "Logistik",
 * "ocelové konstrukce") and inflected forms.
 */
export function IndustryPicker({
  label,
  value,
  onChange,
  max,
  error,
}: {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  max: number;
  error?: string;
}) {
  const locale = useLocale() as Lang;
  const t = useTranslations("CompanyEditor.industryPicker");
  const id = useId();
  const [query, setQuery] = useState("");
  const options = useMemo(
    () =>
      SELECTABLE_INDUSTRIES.map((n) => ({
        code: n.code,
        label: n[locale],
        level: n.level,
      })),
    [locale],
  );
  const shown = useMemo(() => {
    if (!query.trim()) return options;
    const found = new Set(matchIndustries(selectableTerms(), query));
    return options.filter((o) => found.has(o.code));
  }, [options, query]);
  const selected = new Set(value);
  const full = value.length >= max;
  const toggle = (code: string) => onChange(selected.has(code) ? value.filter((c) => c !== code) : [...value, code]);
  const errorId = error ? `${id}-error` : undefined;

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={errorId}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {value.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("selected")}>
          {value.map((code) => (
            <li
              key={code}
              className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-800 ring-1 ring-brand-100"
            >
              <span>
                {BY_CODE.get(code)?.[locale] ?? code} <span className="text-slate-500">({code})</span>
              </span>
              <button
                type="button"
                onClick={() => toggle(code)}
                className="rounded-full px-2 text-brand-800 hover:bg-brand-100"
                aria-label={t("remove", { name: BY_CODE.get(code)?.[locale] ?? code })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <label htmlFor={`${id}-search`} className="mt-2 text-sm text-slate-700">
        {t("search")}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t("placeholder")}
        autoComplete="off"
        maxLength={100}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
      />
      <p className="text-xs text-slate-600" aria-live="polite">
        {full ? t("max", { max }) : t("results", { count: shown.length })}
      </p>
      <ul className="max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white p-2">
        {shown.map((o) => (
          <li key={o.code} className={clsx(o.level === "class" && "pl-5")}>
            <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
              <input
                type="checkbox"
                className="mt-1"
                checked={selected.has(o.code)}
                disabled={full && !selected.has(o.code)}
                onChange={() => toggle(o.code)}
              />
              <span className={clsx(o.level === "division" && "font-medium")}>
                {o.label} <span className="text-slate-500">({o.code})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
