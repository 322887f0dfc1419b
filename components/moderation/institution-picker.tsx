// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** For staff of several institutions: whose queue to show. Links, so it works without JavaScript. */
export async function InstitutionPicker({
  institutions,
  currentId,
}: {
  institutions: { id: string; name: string }[];
  currentId: string;
}) {
  if (institutions.length < 2) return null;
  const t = await getTranslations("Moderation");
  return (
    <nav aria-label={t("chooseInstitution")} className="flex flex-wrap gap-2 text-sm">
      {institutions.map((i) => (
        <Link
          key={i.id}
          href={{ pathname: "/organizer/moderation", query: { institution: i.id } }}
          aria-current={i.id === currentId ? "page" : undefined}
          className={i.id === currentId ? "font-semibold text-slate-900" : "text-brand-700 underline"}
        >
          {i.name}
        </Link>
      ))}
    </nav>
  );
}
