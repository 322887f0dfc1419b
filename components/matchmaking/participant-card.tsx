// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/routing";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import type { BrowsedParticipant } from "@/lib/matchmaking/queries";
import { divisionOf } from "@/lib/matchmaking/industries";
import { MeetingRequestForm } from "./meeting-request-form";

export async function ParticipantCard(props: { participant: BrowsedParticipant; fromRegistrationId: string; locale: Locale }) {
  const { participant: p, locale } = props;
  const [t, tc, tl] = await Promise.all([getTranslations("Meetings"), getTranslations("Countries"), getTranslations("LanguageNames")]);
  const industryName = (i: { nameDe: string; nameCs: string; nameEn: string }) => (locale === "cs" ? i.nameCs : locale === "en" ? i.nameEn : i.nameDe);
  const country = ["DE", "CZ", "PL", "AT", "SK"].includes(p.organization.country) ? tc(p.organization.country as "DE") : p.organization.country;
  const industries = [...new Map(p.organization.industries.map((i) => [divisionOf(i.industry), i.industry])).values()];
  const offers = p.organization.listings.filter((l) => l.kind === "OFFER");
  const seeks = p.organization.listings.filter((l) => l.kind === "REQUEST");
  const listingTitle = (l: (typeof offers)[number]) => pickLocalized(trilingual(l, "title"), locale);
  return (
    <article className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={p.organization.name}>
      <header>
        <h2 className="font-semibold">{p.organization.name}</h2>
        <p className="text-sm text-slate-600">
          {[p.organization.city, country].filter(Boolean).join(", ")} · {p.participantName}
        </p>
        <p className="mt-1 flex flex-wrap gap-1">
          {p.languages.map((l) => (
            <Badge key={l} tone="brand">
              {l === "de" || l === "cs" || l === "en" ? tl(l) : l}
            </Badge>
          ))}
          {industries.slice(0, 3).map((i) => (
            <Badge key={i.code}>{industryName(i)}</Badge>
          ))}
        </p>
      </header>
      {(p.note || offers.length > 0) && (
        <div className="text-sm">
          <h3 className="font-medium text-slate-500">{t("offers")}</h3>
          {p.note && <p className="whitespace-pre-line">{p.note}</p>}
          {offers.length > 0 && (
            <ul className="list-inside list-disc text-slate-700">
              {offers.map((l, i) => (
                <li key={i} lang={listingTitle(l)?.lang}>
                  {listingTitle(l)?.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {(p.lookingFor || seeks.length > 0) && (
        <div className="text-sm">
          <h3 className="font-medium text-slate-500">{t("seeks")}</h3>
          {p.lookingFor && <p className="whitespace-pre-line">{p.lookingFor}</p>}
          {seeks.length > 0 && (
            <ul className="list-inside list-disc text-slate-700">
              {seeks.map((l, i) => (
                <li key={i} lang={listingTitle(l)?.lang}>
                  {listingTitle(l)?.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="mt-auto">
        {p.request && !(p.request.status === "WITHDRAWN" || p.request.status === "CANCELLED") ? (
          <p className="text-sm font-medium text-brand-800">
            {t(p.request.mine ? `requestState.mine.${p.request.status}` : `requestState.theirs.${p.request.status}`)}
          </p>
        ) : (
          <MeetingRequestForm fromRegistrationId={props.fromRegistrationId} toRegistrationId={p.id} companyName={p.organization.name} />
        )}
      </div>
    </article>
  );
}
