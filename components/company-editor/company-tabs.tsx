// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Switches between the profile and the listings of the same company. */
export async function CompanyTabs({
  organizationId,
  active,
}: {
  organizationId: string;
  active: "profile" | "listings";
}) {
  const t = await getTranslations("CompanyEditor.tabs");
  const tabs = [
    { id: "profile", pathname: "/account/company", label: t("profile") },
    { id: "listings", pathname: "/account/company/listings", label: t("listings") },
  ] as const;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={{ pathname: tab.pathname, query: { org: organizationId } }}
              aria-current={tab.id === active ? "page" : undefined}
              className={clsx(
                "-mb-px inline-block border-b-2 px-4 py-2 text-sm font-medium",
                tab.id === active
                  ? "border-brand-700 text-brand-800"
                  : "border-transparent text-slate-600 hover:text-brand-700",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
