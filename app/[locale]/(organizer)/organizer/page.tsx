// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { eventsOfOrganizers, organizerOrganizationsOf } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "OrganizerDashboard" });
  return { title: t("title") };
}

export default async function OrganizerHome({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/organizer");
  const [t, te, format, organizers] = await Promise.all([
    getTranslations("OrganizerDashboard"),
    getTranslations("Events"),
    getFormatter(),
    organizerOrganizationsOf(user),
  ]);
  if (!organizers.length) {
    return (
      <div className="flex flex-col gap-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-2xl text-slate-600">{t("notOrganizer")}</p>
      </div>
    );
  }
  const events = await eventsOfOrganizers(organizers.map((o) => o.id));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={organizers.map((o) => o.name).join(", ")}
        actions={<Button href="/organizer/events/new">{t("newEvent")}</Button>}
      />
      {events.length === 0 ? (
        <EmptyState>{t("noEvents")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200">
          {events.map((e) => {
            const title = pickLocalized(trilingual(e, "title"), locale);
            return (
              <li key={e.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <Badge tone={e.status === "PUBLISHED" ? "brand" : "amber"}>{t(`status.${e.status}`)}</Badge>
                <Link href={`/organizer/events/${e.id}`} className="font-medium text-brand-800 hover:underline" lang={title?.lang}>
                  {title?.text ?? e.slug}
                </Link>
                <span className="text-sm text-slate-600">
                  {format.dateTime(e.startsAt, "eventDay")} · {te(`types.${e.type}`)} · {e.organizer.name}
                </span>
                <span className="ml-auto text-sm text-slate-600">
                  {t("registrationsCount", { count: e._count.registrations, capacity: e.capacity })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
