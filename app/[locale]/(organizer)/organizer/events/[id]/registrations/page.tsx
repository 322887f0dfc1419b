// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/organizer/event-tabs";
import { RegistrationActions } from "@/components/organizer/registration-actions";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { registrationsOfEvent } from "@/lib/events/queries";
import { organizerEvent } from "@/lib/events/organizer-area";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "OrganizerDashboard.registrations" });
  return { title: t("title") };
}

export default async function EventRegistrationsPage({ params }: Props) {
  const { id } = await params;
  const locale = pageLocale((await params).locale);
  const { event, title } = await organizerEvent(locale, id, "/registrations");
  const [t, tr, format, rows] = await Promise.all([
    getTranslations("OrganizerDashboard.registrations"),
    getTranslations("Registration.status"),
    getFormatter(),
    registrationsOfEvent(id),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <OrganizerEventHeader eventId={id} title={title?.text ?? event.slug} lang={title?.lang} status={event.status} meetings={event.meetingsEnabled} current="registrations" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">
          {t("title")} <span className="text-slate-500">({rows.length})</span>
        </h2>
        <a href={`/api/organizer/events/${id}/participants?locale=${locale}`} className="font-medium text-brand-700 underline">
          {t("export")}
        </a>
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse rounded-lg bg-white text-left text-sm ring-1 ring-slate-200">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("company")}</th>
                <th scope="col" className="px-3 py-2">{t("participant")}</th>
                <th scope="col" className="px-3 py-2">{t("status")}</th>
                <th scope="col" className="px-3 py-2">{t("registeredAt")}</th>
                <th scope="col" className="px-3 py-2">{t("actions")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} aria-label={r.organization.name}>
                  <td className="px-3 py-2">
                    <span className="font-medium">{r.organization.name}</span>
                    <br />
                    <span className="text-slate-600">{[r.organization.city, r.organization.country].filter(Boolean).join(", ")}</span>
                  </td>
                  <td className="px-3 py-2">
                    {r.participantName}
                    <br />
                    <span className="text-slate-600">{r.languages.join(", ").toUpperCase()}</span>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={r.status === "CONFIRMED" ? "brand" : "amber"}>{tr(r.status)}</Badge>
                    {r.checkedInAt && <span className="ml-2 text-emerald-700">{t("checkedInAt", { time: format.dateTime(r.checkedInAt, "eventTime") })}</span>}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{format.dateTime(r.createdAt, "short")}</td>
                  <td className="px-3 py-2">
                    <RegistrationActions registrationId={r.id} status={r.status} checkedIn={!!r.checkedInAt} company={r.organization.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
