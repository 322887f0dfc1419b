// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/organizer/event-tabs";
import { ParticipantImportForm } from "@/components/organizer/participant-import-form";
import { Card, CardTitle } from "@/components/ui/card";
import { organizerEvent } from "@/lib/events/organizer-area";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "ParticipantImport" });
  return { title: t("title") };
}

/** The organizer registers companies that have a profile from a CSV or XLSX list. */
export default async function ParticipantImportPage({ params }: Props) {
  const { id } = await params;
  const locale = pageLocale((await params).locale);
  const { event, title } = await organizerEvent(locale, id, "/import");
  const t = await getTranslations("ParticipantImport");
  return (
    <div className="flex flex-col gap-6">
      <OrganizerEventHeader eventId={id} title={title?.text ?? event.slug} lang={title?.lang} status={event.status} meetings={event.meetingsEnabled} current="import" />
      <Card as="section" padding="sm" aria-labelledby="participant-import">
        <CardTitle id="participant-import">{t("title")}</CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("intro")}</p>
        <ParticipantImportForm eventId={id} />
      </Card>
    </div>
  );
}
