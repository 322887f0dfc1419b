// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventEditor } from "@/components/organizer/event-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { newEventDefaults } from "@/lib/events/editor-defaults";
import { organizerOrganizationsOf } from "@/lib/events/queries";
import { pageLocale } from "@/lib/i18n/page-locale";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "EventEditor" });
  return { title: t("newTitle") };
}

export default async function NewEventPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/organizer/events/new");
  const [t, organizers] = await Promise.all([getTranslations("EventEditor"), organizerOrganizationsOf(user)]);
  if (!organizers.length) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <EventEditor mode="create" organizers={organizers} defaultValues={newEventDefaults(organizers[0].id)} />
    </div>
  );
}
