// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { PendingClaimRequest } from "@/lib/claims/queries";
import { Link } from "@/lib/i18n/navigation";
import { ClaimRequestReview } from "./claim-request-review";

const CHECKS = ["free-mail", "mismatch", "no-website"] as const;

/** Open claim requests with what the reviewer needs to decide: who, which address, why not accepted at once. */
export async function ClaimRequestList({
  requests,
  institutionId,
}: {
  requests: PendingClaimRequest[];
  institutionId: string | null;
}) {
  const [t, format] = await Promise.all([getTranslations("Claims.review"), getFormatter()]);
  if (!requests.length) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <ul className="flex flex-col gap-4">
      {requests.map((r) => {
        const check = CHECKS.find((c) => c === r.domainCheck);
        return (
          <Card as="li" key={r.id} padding="sm" className="flex flex-col gap-2" data-testid="claim-request">
            <Link href={`/companies/${r.company.slug}`} className="font-semibold text-brand-800 hover:underline">
              {r.company.name}
            </Link>
            <p className="text-sm text-slate-700">
              {r.user.name ? `${r.user.name} · ` : ""}
              {r.email} · {t("requestedAt", { date: format.dateTime(r.createdAt, { dateStyle: "medium" }) })}
            </p>
            <p className="text-sm text-slate-600">
              {r.company.website ? t("website", { website: r.company.website }) : t("noWebsite")}
              {check ? ` · ${t(`domainCheck.${check}`)}` : ""}
            </p>
            {r.note ? <p className="whitespace-pre-line text-sm text-slate-700">{t("note", { note: r.note })}</p> : null}
            <ClaimRequestReview requestId={r.id} institutionId={institutionId} email={r.email} company={r.company.name} />
          </Card>
        );
      })}
    </ul>
  );
}
