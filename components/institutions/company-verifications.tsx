// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { activeVerificationsOf } from "@/lib/institutions/queries";
import { VerifiedBadge } from "./verified-badge";

/** The badges of every institution that vouches for the company, with what each checked. */
export async function CompanyVerifications({ companyId, locale }: { companyId: string; locale: Lang }) {
  const verifications = await activeVerificationsOf(companyId);
  if (!verifications.length) return null;
  const t = await getTranslations("Verification");
  return (
    <ul className="mt-3 flex flex-col gap-1" aria-label={t("listLabel")}>
      {verifications.map((v) => (
        <li key={v.institution.slug} className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <VerifiedBadge locale={locale} by={{ institutionName: v.institution.name, verifiedAt: v.verifiedAt }} />
          <span>
            {[v.memberChecked ? t("memberChecked") : null, v.registerChecked ? t("registerChecked") : null]
              .filter(Boolean)
              .join(" · ")}
          </span>
          <Link href={`/institutions/${v.institution.slug}`} className="text-brand-700 hover:underline">
            {t("aboutInstitution", { name: v.institution.name })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
