// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";

const DEBOUNCE_MS = 250;

/**
 * The search box. Without JavaScript it is a plain GET form that carries the active filters in
 * hidden fields; with JavaScript it updates the URL while typing and the server renders the
 * results for that URL, so links, reloads and the back button all show the same thing.
 */
export function LiveSearchForm({ q, filters }: { q: string; filters: Record<string, string> }) {
  const t = useTranslations("Search");
  const locale = useLocale();
  const router = useRouter();
  const [value, setValue] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  const [pushedQ, setPushedQ] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The query can also change from outside (a "did you mean" link, back button); take it over
  // unless it is just the echo of what was typed here, which would overwrite newer keystrokes.
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q !== pushedQ) setValue(q);
  }

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function navigate(next: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const trimmed = next.trim().replace(/\s+/g, " ");
    setPushedQ(trimmed);
    const query: Record<string, string> = { ...filters };
    if (trimmed) query.q = trimmed;
    startTransition(() => {
      router.replace({ pathname: "/search", query }, { scroll: false });
    });
  }

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => navigate(next), DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(value);
  }

  return (
    <form
      action={`/${locale}/search`}
      method="get"
      role="search"
      onSubmit={onSubmit}
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
    >
      <label className="flex-1">
        <span className="mb-1 block text-sm font-medium text-slate-700">{t("label")}</span>
        <input
          type="search"
          name="q"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t("placeholder")}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500"
        />
      </label>
      {Object.entries(filters).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <Button size="lg" type="submit">
        {t("submit")}
      </Button>
      <span aria-hidden className="h-5 text-sm text-slate-500 sm:w-24 sm:self-center">
        {pending ? t("searching") : ""}
      </span>
    </form>
  );
}
