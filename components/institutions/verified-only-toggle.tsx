// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * "Verified companies only" as a link that switches `verified=1` on or off, so it works without
 * JavaScript and the URL can be shared. Changing the filter starts again at page one.
 */
export async function VerifiedOnlyToggle({ pathname, params }: { pathname: string; params: Record<string, string> }) {
  const t = await getTranslations("Verification");
  const on = params.verified === "1";
  const rest = Object.fromEntries(Object.entries(params).filter(([k]) => k !== "verified" && k !== "page"));
  return (
    <Link
      href={{ pathname, query: on ? rest : { ...rest, verified: "1" } }}
      scroll={false}
      role="switch"
      aria-checked={on}
      className="inline-flex items-center gap-2 text-sm font-medium text-slate-700 hover:text-brand-800"
      data-testid="verified-only"
    >
      <span
        aria-hidden="true"
        className={`flex h-4 w-4 items-center justify-center rounded border ${on ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white"}`}
      >
        {on ? "✓" : ""}
      </span>
      {t("onlyVerified")}
    </Link>
  );
}
