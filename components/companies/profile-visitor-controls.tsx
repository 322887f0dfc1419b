// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ClaimCompanyForm } from "@/components/claims/claim-company-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { WatchlistToggle } from "@/components/watchlist/watchlist-toggle";
import type { ProfileViewerState } from "@/lib/companies/profile-viewer";

const ROW = "flex flex-wrap sm:justify-end";

/**
 * The parts of a company profile that belong to the person looking at it: "send enquiry", the
 * watchlist toggles, "this is my company". The profile's HTML is cached and the same for every
 * visitor, so they are asked for once the page has loaded, and the page reports its view for
 * the company's statistics itself.
 */
export function ProfileVisitorControls({ company }: { company: { id: string; slug: string; name: string } }) {
  const locale = useLocale();
  const [state, setState] = useState<ProfileViewerState | null>(null);
  const reported = useRef(false);

  useEffect(() => {
    if (!reported.current) {
      reported.current = true;
      // The page's own referrer: the statistics count a click from the portal's search results.
      void fetch(`/api/companies/${company.slug}/views`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ referrer: document.referrer || null }),
        keepalive: true,
      }).catch(() => {});
    }
    const controller = new AbortController();
    fetch(`/api/companies/${company.slug}/viewer`, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<ProfileViewerState>) : null))
      .then((next) => setState(next))
      .catch(() => {});
    return () => controller.abort();
  }, [company.slug]);

  if (!state) return null;
  const backHere = { pathname: "/sign-in", query: { callbackUrl: `/${locale}/companies/${company.slug}` } };
  return (
    <>
      <EnquiryControl state={state} slug={company.slug} backHere={backHere} />
      {state.watchlist.length ? (
        <div className="flex flex-wrap gap-4 sm:justify-end">
          {state.watchlist.map((w) => (
            <WatchlistToggle
              key={w.organizationId}
              organizationId={w.organizationId}
              watchedOrganizationId={company.id}
              entryId={w.entryId}
              companyName={w.companyName}
            />
          ))}
        </div>
      ) : null}
      <ClaimControl state={state} company={company} backHere={backHere} />
    </>
  );
}

type SignInLink = { pathname: string; query: { callbackUrl: string } };

function EnquiryControl({ state, slug, backHere }: { state: ProfileViewerState; slug: string; backHere: SignInLink }) {
  const t = useTranslations("Enquiries");
  if (state.enquiry === "sign-in") {
    return (
      <div className={ROW}>
        <Button variant="secondary" href={backHere} data-testid="send-enquiry-sign-in">
          {t("signInToSend")}
        </Button>
      </div>
    );
  }
  if (state.enquiry !== "compose") return null;
  return (
    <div className={ROW}>
      <Button href={{ pathname: "/account/inbox/new", query: { to: slug } }} data-testid="send-enquiry">
        {t("sendButton")}
      </Button>
    </div>
  );
}

function ClaimControl({
  state,
  company,
  backHere,
}: {
  state: ProfileViewerState;
  company: { id: string; name: string };
  backHere: SignInLink;
}) {
  const t = useTranslations("Claims.profile");
  const claim = state.claim;
  if (!claim) return null;
  return (
    <div className={ROW}>
      {claim.kind === "sign-in" ? (
        <Button variant="secondary" href={backHere} data-testid="claim-company-sign-in">
          {t("claimButton")}
        </Button>
      ) : claim.kind === "pending" ? (
        <FormAlert tone="info">{t("pending")}</FormAlert>
      ) : (
        <ClaimCompanyForm companyId={company.id} companyName={company.name} reviewer={claim.reviewer} />
      )}
    </div>
  );
}
