// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SignedInMessages } from "@/components/layout/signed-in-messages";
import { getTranslations } from "next-intl/server";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

// Every page below reads the visitor's session. The locale layout lets pages be cached; here
// they render per request, including a page that forgets to say so itself.
export const dynamic = "force-dynamic";

// The admin area never belongs in a search index; every page below inherits this.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Platform admins only; each page below checks again (see requirePlatformAdmin). */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  await requirePlatformAdmin(locale, "/admin");
  const t = await getTranslations("Admin");
  const [tm, ta] = await Promise.all([getTranslations("Moderation"), getTranslations("AuditLog")]);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("navLabel")} className="flex flex-wrap gap-4 text-sm">
        <Link href="/admin" className="font-medium text-brand-700 hover:underline">
          {t("title")}
        </Link>
        <Link href="/admin/institutions" className="font-medium text-brand-700 hover:underline">
          {t("nav.institutions")}
        </Link>
        <Link href="/admin/moderation" className="font-medium text-brand-700 hover:underline">
          {tm("title")}
        </Link>
        <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
          {ta("title")}
        </Link>
      </nav>
      <SignedInMessages>{children}</SignedInMessages>
    </div>
  );
}
