// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  const tm = await getTranslations("Metadata");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between sm:px-6">
        <p>
          <strong className="text-slate-800">{tm("siteName")}</strong> — {t("tagline")}
        </p>
        <p className="flex flex-wrap gap-4">
          <Link href="/imprint" className="hover:underline">
            {t("imprint")}
          </Link>
          <Link href="/privacy" className="hover:underline">
            {t("privacy")}
          </Link>
          <Link href="/api-docs" className="hover:underline">
            {t("api")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
