// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditLogList } from "@/components/moderation/audit-log-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { parsePage } from "@/lib/http/params";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "AuditLog" });
  return { title: t("title") };
}

// Filters longer than this name nothing; they are cut rather than sent to the database.
const FILTER_MAX = 200;
const text = (value: string | string[] | undefined) => firstParam(value)?.trim().slice(0, FILTER_MAX) || undefined;

export default async function AuditLogPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  await requirePlatformAdmin(locale, "/admin/audit");
  const query = await searchParams;
  const t = await getTranslations("AuditLog");
  const filters = {
    organization: text(query.organization),
    user: text(query.user),
    action: text(query.action),
    from: text(query.from),
    to: text(query.to),
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <AuditLogList filters={filters} page={parsePage(query.page)} />
    </div>
  );
}
