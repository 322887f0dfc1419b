// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

const LABELS: Record<(typeof routing.locales)[number], string> = { de: "DE", cs: "CS", en: "EN" };
const NATIVE: Record<(typeof routing.locales)[number], string> = { de: "Deutsch", cs: "Čeština", en: "English" };

function Links() {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search?.entries() ?? []);
  const t = useTranslations("LocaleSwitcher");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((l) => (
          <li key={l}>
            <Link
              href={{ pathname, query }}
              locale={l}
              hrefLang={l}
              lang={l}
              title={NATIVE[l]}
              aria-current={l === locale ? "true" : undefined}
              className={
                l === locale
                  ? "rounded bg-brand-700 px-2 py-1 font-semibold text-white"
                  : "rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
              }
            >
              <span aria-hidden>{LABELS[l]}</span>
              <span className="sr-only">{NATIVE[l]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// Search params are read on the client; the suspense boundary keeps pages statically renderable.
export function LocaleSwitcher() {
  return (
    <Suspense fallback={null}>
      <Links />
    </Suspense>
  );
}
