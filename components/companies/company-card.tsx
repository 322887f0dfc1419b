// SPDX-License-Identifier: EUPL-1.2
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { languagesOf, pickLocalized, trilingual, type Lang } from "@/lib/i18n/localized";
import { regionName } from "@/lib/geo/labels";
import type { CompanyListItem } from "@/lib/companies/queries";
import { VerifiedBadge } from "@/components/institutions/verified-badge";
import { LanguageBadges } from "./language-badges";

/** `headingLevel` follows the page: h2 in the directory, h3 under a section heading elsewhere. */
export async function CompanyCard({ company, headingLevel = 3 }: { company: CompanyListItem; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const locale = (await getLocale()) as Lang;
  const t = await getTranslations("Countries");
  const description = trilingual(company, "description");
  const text = pickLocalized(description, locale);
  const place = [company.city, regionName(company.regionId, locale), t(company.country as "DE")]
    .filter(Boolean)
    .join(" · ");
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:shadow-md">
      <Heading className="text-base font-semibold leading-snug">
        <Link href={`/companies/${company.slug}`} className="text-brand-800 hover:underline">
          {company.name}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-600">{place}</p>
      {company.verifications[0] ? (
        <div className="mt-2">
          <VerifiedBadge
            locale={locale}
            by={{ institutionName: company.verifications[0].institution.name, verifiedAt: company.verifications[0].verifiedAt }}
          />
        </div>
      ) : null}
      {text && (
        <p lang={text.lang} className="mt-2 line-clamp-3 text-sm text-slate-700">
          {text.text}
        </p>
      )}
      <div className="mt-auto pt-3">
        <LanguageBadges langs={languagesOf(description)} />
      </div>
    </article>
  );
}
