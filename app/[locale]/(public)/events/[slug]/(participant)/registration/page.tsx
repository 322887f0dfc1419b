// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CancelRegistrationButton } from "@/components/events/cancel-registration-button";
import { ParticipantNav } from "@/components/events/participant-nav";
import { RegistrationForm } from "@/components/events/registration-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { participantArea } from "@/lib/events/participant-area";
import { registrationIsOpen } from "@/lib/events/registration-window";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Registration" });
  return { title: t("title") };
}

export default async function RegistrationPage({ params }: Props) {
  const { slug } = await params;
  const locale = pageLocale((await params).locale);
  const area = await participantArea(locale, slug, "registration");
  const [t, tl, format] = await Promise.all([getTranslations("Registration"), getTranslations("LanguageNames"), getFormatter()]);
  const { event, options, active } = area;
  const open = registrationIsOpen(event);
  const registration = active?.registration;
  const candidates = options.filter((o) => o.registration?.status !== "REJECTED");

  return (
    <div className="flex flex-col gap-6">
      <header>
        <Link href={`/events/${event.slug}`} className="text-sm text-brand-700 hover:underline">
          ← {area.title?.text}
        </Link>
        <PageTitle className="mt-2">{t("title")}</PageTitle>
        <p className="mt-1 text-slate-600">
          {format.dateTime(event.startsAt, "eventDay")} · {event.city ?? t("online")}
        </p>
      </header>
      <ParticipantNav slug={event.slug} current="registration" meetings={event.meetingsEnabled && registration?.status === "CONFIRMED"} />

      {registration && active ? (
        <Card as="section" aria-labelledby="my-registration">
          <CardTitle id="my-registration">
            {t("registeredAs", { company: active.company.name })}
          </CardTitle>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <Badge tone={registration.status === "CONFIRMED" ? "brand" : "amber"}>{t(`status.${registration.status}`)}</Badge>
            <span className="text-slate-700">{t(`statusText.${registration.status}`)}</span>
          </p>
          <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-500">{t("participantName")}</dt>
              <dd>{registration.participantName}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">{t("languages")}</dt>
              <dd>{registration.languages.map((l) => (l === "de" || l === "cs" || l === "en" ? tl(l) : l)).join(", ")}</dd>
            </div>
            {registration.note && (
              <div className="sm:col-span-2">
                <dt className="font-medium text-slate-500">{t("note")}</dt>
                <dd className="whitespace-pre-line">{registration.note}</dd>
              </div>
            )}
            {registration.lookingFor && (
              <div className="sm:col-span-2">
                <dt className="font-medium text-slate-500">{t("lookingFor")}</dt>
                <dd className="whitespace-pre-line">{registration.lookingFor}</dd>
              </div>
            )}
          </dl>
          {event.meetingsEnabled && registration.status === "CONFIRMED" && (
            <p className="mt-4 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-900">
              {t("meetingsHint")}{" "}
              <Link href={`/events/${event.slug}/participants`} className="font-medium underline">
                {t("browseParticipants")}
              </Link>
            </p>
          )}
          {event.status === "PUBLISHED" && (
            <div className="mt-6">
              <CancelRegistrationButton registrationId={registration.id} />
            </div>
          )}
        </Card>
      ) : event.status !== "PUBLISHED" ? (
        <p className="rounded-md bg-red-50 p-4 text-red-800 ring-1 ring-red-200">{t("eventCancelled")}</p>
      ) : !open ? (
        <p className="rounded-md bg-white p-4 text-slate-700 ring-1 ring-slate-200">{t("closed")}</p>
      ) : options.length === 0 ? (
        <Card as="section">
          <p className="text-slate-700">{t("noCompany")}</p>
          <Link href="/account" className="mt-3 inline-block font-medium text-brand-700 underline">
            {t("createCompany")}
          </Link>
        </Card>
      ) : candidates.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-slate-700 ring-1 ring-slate-200">{t("rejectedBefore")}</p>
      ) : (
        <Card as="section" aria-labelledby="register">
          <CardTitle id="register">
            {t("formTitle")}
          </CardTitle>
          <p className="mb-4 mt-1 text-slate-600">
            {event.seatsTaken >= event.capacity ? t("fullHint") : event.approvalRequired ? t("approvalHint") : t("intro")}
          </p>
          <RegistrationForm
            eventId={event.id}
            defaultName={area.user.name ?? ""}
            eventLanguages={event.languages}
            companies={candidates.map(({ company }) => ({
              id: company.id,
              name: company.name,
              city: company.city,
              country: company.country,
              languages: company.languages,
              published: company.status === "PUBLISHED",
            }))}
          />
        </Card>
      )}
    </div>
  );
}
