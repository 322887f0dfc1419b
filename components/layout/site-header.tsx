// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AccountLink } from "@/components/auth/account-link";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("Nav");
  const tm = await getTranslations("Metadata");
  const items = [
    { href: "/companies", label: t("companies") },
    { href: "/events", label: t("events") },
    { href: "/search", label: t("search") },
  ] as const;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden className="inline-block h-6 w-6 rounded bg-gradient-to-br from-brand-600 to-accent-500" />
          {tm("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm font-medium text-slate-700">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-1 py-1 hover:text-brand-700 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <LocaleSwitcher />
          <AccountLink />
        </div>
      </div>
    </header>
  );
}
