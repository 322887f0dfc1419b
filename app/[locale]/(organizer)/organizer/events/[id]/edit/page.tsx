// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventEditor } from "@/components/organizer/event-editor";
import { OrganizerEventHeader } from "@/components/organizer/event-tabs";
import { editorValuesOf } from "@/lib/events/editor-defaults";
import { organizerEvent } from "@/lib/events/organizer-area";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "EventEditor" });
  return { title: t("editTitle") };
}

export default async function EditEventPage({ params }: Props) {
  const { id } = await params;
  const locale = pageLocale((await params).locale);
  const { event, title } = await organizerEvent(locale, id, "/edit");
  const t = await getTranslations("EventEditor");
  return (
    <div className="flex flex-col gap-6">
      <OrganizerEventHeader eventId={id} title={title?.text ?? event.slug} lang={title?.lang} status={event.status} meetings={event.meetingsEnabled} current="edit" />
      {event.status === "CANCELLED" ? (
        <p className="rounded-md bg-white p-4 text-slate-700 ring-1 ring-slate-200">{t("cancelledReadOnly")}</p>
      ) : (
        <EventEditor mode="edit" organizers={[event.organizer]} defaultValues={editorValuesOf(event)} />
      )}
    </div>
  );
}
