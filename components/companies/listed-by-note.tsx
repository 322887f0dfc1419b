// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listingInstitutions } from "@/lib/import/listed-by";

/**
 * On a profile nobody manages yet: which institutions list the company, and that the company
 * itself has not taken the profile over, so visitors weigh its data accordingly.
 */
export async function ListedByNote({ companyId }: { companyId: string }) {
  const listed = await listingInstitutions(companyId);
  if (!listed || !listed.institutions.length) return null;
  const t = await getTranslations("ListedBy");
  return (
    <aside aria-label={t("label")} className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
      <p className="font-medium">
        {t("listedBy")}{" "}
        {listed.institutions.map((i, n) => (
          <span key={i.slug}>
            {n > 0 && ", "}
            <Link href={`/institutions/${i.slug}`} className="underline">
              {i.name}
            </Link>
          </span>
        ))}
      </p>
      <p>{t("notManaged")}</p>
    </aside>
  );
}
