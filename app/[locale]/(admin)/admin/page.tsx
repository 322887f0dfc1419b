// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("title") };
}

/** The sections of the admin area; a new section adds its entry here. */
const SECTIONS = [
  { href: "/admin/institutions", key: "institutions" },
  { href: "/admin/statistics", key: "statistics" },
  { href: "/admin/claims", key: "claims" },
] as const;

export default async function AdminHome({ params }: Props) {
  const locale = pageLocale((await params).locale);
  await requirePlatformAdmin(locale, "/admin");
  const t = await getTranslations("Admin");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <Card as="li" key={section.href} padding="sm" className="flex flex-col gap-1">
              <Link href={section.href} className="font-semibold text-brand-800 hover:underline">
                {t(`sections.${section.key}.title`)}
              </Link>
              <p className="text-sm text-slate-600">{t(`sections.${section.key}.description`)}</p>
          </Card>
        ))}
      </ul>
    </div>
  );
}
