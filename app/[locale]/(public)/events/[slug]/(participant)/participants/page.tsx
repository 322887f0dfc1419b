// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ParticipantNav } from "@/components/events/participant-nav";
import { ParticipantCard } from "@/components/matchmaking/participant-card";
import { ParticipantFilters } from "@/components/matchmaking/participant-filters";
import { EventPartnerSection } from "@/components/partners/event-partner-section";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-header";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { confirmedParticipant } from "@/lib/events/participant-area";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { browseParticipants, participantFacets } from "@/lib/matchmaking/queries";
import { participantFilterSchema } from "@/lib/matchmaking/schema";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Meetings" });
  return { title: t("participantsTitle") };
}

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const locale = pageLocale((await params).locale);
  const area = await confirmedParticipant(locale, slug, "participants");
  const raw = await searchParams;
  const filter = participantFilterSchema.parse(
    Object.fromEntries(["country", "industry", "language", "side", "q"].map((k) => [k, firstParam(raw[k]) || undefined])),
  );
  const [t, participants, facets] = await Promise.all([
    getTranslations("Meetings"),
    browseParticipants(area.event.id, area.registration.id, filter),
    participantFacets(area.event.id),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <Link href={`/events/${slug}`} className="text-sm text-brand-700 hover:underline">
          ← {area.title?.text}
        </Link>
        <PageTitle className="mt-2">{t("participantsTitle")}</PageTitle>
        <p className="mt-1 text-slate-600">{t("participantsIntro")}</p>
      </header>
      <ParticipantNav slug={slug} current="participants" meetings />
      <EventPartnerSection
        registration={{
          id: area.registration.id,
          eventId: area.event.id,
          organizationId: area.company.id,
          note: area.registration.note,
          lookingFor: area.registration.lookingFor,
        }}
        locale={locale}
      />
      <ParticipantFilters filter={filter} facets={facets} locale={locale} />
      <p className="text-sm text-slate-600" role="status">
        {t("resultCount", { count: participants.length })}
      </p>
      {participants.length === 0 ? (
        <EmptyState>{t("noParticipants")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {participants.map((p) => (
            <li key={p.id}>
              <ParticipantCard participant={p} fromRegistrationId={area.registration.id} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
