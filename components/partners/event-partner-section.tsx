// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { Lang } from "@/lib/i18n/localized";
import { eventPartnerSuggestions } from "@/lib/partners/queries";
import { PartnerSuggestionList } from "./partner-suggestions";

interface Registration {
  id: string;
  eventId: string;
  organizationId: string;
  note: string | null;
  lookingFor: string | null;
}

async function Suggestions({ registration, locale }: { registration: Registration; locale: Lang }) {
  const [t, result] = await Promise.all([getTranslations("Partners"), eventPartnerSuggestions(registration, locale)]);
  return (
    <PartnerSuggestionList
      result={result}
      locale={locale}
      organizationId={registration.organizationId}
      emptyText={t("event.empty")}
    />
  );
}

/** "Suggested for you": partner suggestions among the event's confirmed participants. */
export async function EventPartnerSection({ registration, locale }: { registration: Registration; locale: Lang }) {
  const t = await getTranslations("Partners");
  return (
    <section
      aria-labelledby="event-partner-suggestions"
      data-testid="event-partner-suggestions"
      className="flex flex-col gap-3 rounded-lg bg-brand-50/40 p-4 ring-1 ring-brand-100 sm:p-6"
    >
      <header>
        <h2 id="event-partner-suggestions" className="text-lg font-semibold">
          {t("event.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("event.intro")}</p>
      </header>
      <Suspense fallback={<p className="text-slate-600">{t("loading")}</p>}>
        <Suggestions registration={registration} locale={locale} />
      </Suspense>
    </section>
  );
}
