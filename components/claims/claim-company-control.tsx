// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { profileClaimState } from "@/lib/claims/queries";
import type { Locale } from "@/lib/i18n/routing";
import { ClaimCompanyForm } from "./claim-company-form";

/**
 * "This is my company" on the public profile of a company nobody manages: a sign-in link that
 * comes back here for visitors, the claim form for signed-in users, and a note while their
 * request waits. Nothing once the profile is managed.
 */
export async function ClaimCompanyControl({
  company,
  locale,
}: {
  company: { id: string; slug: string; name: string };
  locale: Locale;
}) {
  const user = await getSessionUser();
  const state = await profileClaimState(company.id, user?.id ?? null);
  if (!state) return null;
  const t = await getTranslations("Claims.profile");
  const row = "flex flex-wrap sm:justify-end";
  if (!user) {
    return (
      <div className={row}>
        <Button
          variant="secondary"
          href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/companies/${company.slug}` } }}
          data-testid="claim-company-sign-in"
        >
          {t("claimButton")}
        </Button>
      </div>
    );
  }
  if (state.pending) {
    return (
      <div className={row}>
        <FormAlert tone="info">{t("pending")}</FormAlert>
      </div>
    );
  }
  return (
    <div className={row}>
      <ClaimCompanyForm companyId={company.id} companyName={company.name} reviewer={state.reviewer} />
    </div>
  );
}
