// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CompanySwitcher } from "@/components/company-editor/company-switcher";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { companiesForAccount } from "@/lib/companies/account-context";
import type { Lang } from "@/lib/i18n/localized";
import { partnerSuggestionsFor } from "@/lib/partners/queries";
import { PartnerSuggestionList } from "./partner-suggestions";

async function Suggestions({ organizationId, locale }: { organizationId: string; locale: Lang }) {
  const result = await partnerSuggestionsFor(organizationId, locale);
  return <PartnerSuggestionList result={result} locale={locale} organizationId={organizationId} />;
}

/** The dashboard's partner suggestions for one of the user's companies (`?org=` or the first). */
export async function DashboardPartnerSection({
  user,
  requested,
  locale,
}: {
  user: SessionUser;
  requested: string | undefined;
  locale: Lang;
}) {
  const { companies, current } = await companiesForAccount(user, requested);
  if (!current) return null;
  const t = await getTranslations("Partners");
  return (
    <Card
      as="section"
      aria-labelledby="partner-suggestions"
      data-testid="partner-suggestions"
      className="flex flex-col gap-4"
    >
      <header className="flex flex-col gap-1">
        <h2 id="partner-suggestions" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("forCompany", { name: current.name })}</p>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <CompanySwitcher companies={companies} currentId={current.id} />
      <Suspense fallback={<p className="text-slate-600">{t("loading")}</p>}>
        <Suggestions organizationId={current.id} locale={locale} />
      </Suspense>
    </Card>
  );
}
