// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/account/sign-out-button";
import { AcceptClaimForm } from "@/components/claims/accept-claim-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { getSessionUser } from "@/lib/auth/session";
import { sameAddress } from "@/lib/claims/links";
import { claimLinkForPage } from "@/lib/claims/queries";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Claims.accept" });
  return { title: t("title"), referrer: "no-referrer" };
}

/**
 * Where a claim link leads. Visitors learn what the portal is and sign up or sign in with the
 * address the link went to; both come back here with the token. The signed-in owner of that
 * address confirms, and lands in the enquiry the link came with or in the profile editor.
 */
export default async function ClaimPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const token = firstParam((await searchParams).token);
  const [t, tm, te] = await Promise.all([
    getTranslations("Claims.accept"),
    getTranslations("Claims.mail"),
    getTranslations("Claims.errors"),
  ]);
  const link = token ? await claimLinkForPage(token) : null;
  const user = await getSessionUser();
  const here = `/${locale}/account/claim?${new URLSearchParams({ token: token ?? "" })}`;

  let body;
  if (!token) body = <FormAlert tone="error">{t("missingToken")}</FormAlert>;
  else if (!link) body = <FormAlert tone="error">{te("linkInvalid")}</FormAlert>;
  else {
    const intro = (
      <>
        <p className="text-slate-700">{t("intro", { company: link.company.name })}</p>
        {link.institution ? <p className="text-sm text-slate-600">{t("listedBy", { institution: link.institution.name })}</p> : null}
        <p className="text-sm text-slate-600">{tm("aboutPortal")}</p>
        <p className="text-sm text-slate-600">{tm("invitation.whatItMeans")}</p>
      </>
    );
    if (!user) {
      body = (
        <div className="flex flex-col gap-4">
          {intro}
          <FormAlert tone="info">{t("signInHint", { email: link.email })}</FormAlert>
          <div className="flex flex-wrap gap-3">
            <Button href={{ pathname: "/sign-up", query: { callbackUrl: here } }}>{t("signUp")}</Button>
            <Button variant="secondary" href={{ pathname: "/sign-in", query: { callbackUrl: here } }}>
              {t("signIn")}
            </Button>
          </div>
        </div>
      );
    } else if (!sameAddress(link.email, user.email)) {
      body = (
        <div className="flex flex-col gap-4">
          {intro}
          <FormAlert tone="error">{t("otherAccount", { email: link.email, current: user.email })}</FormAlert>
          <div>
            <SignOutButton callbackUrl={`/${locale}/sign-in?${new URLSearchParams({ callbackUrl: here })}`} />
          </div>
        </div>
      );
    } else {
      body = (
        <div className="flex flex-col gap-4">
          {intro}
          <AcceptClaimForm token={token} company={link.company.name} />
        </div>
      );
    }
  }

  return (
    <Card as="section" aria-labelledby="claim-title" className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <PageTitle compact id="claim-title">
        {t("title")}
      </PageTitle>
      {body}
    </Card>
  );
}
