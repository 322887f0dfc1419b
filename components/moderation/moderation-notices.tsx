// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { moderationNoticesFor } from "@/lib/moderation/queries";

/**
 * Tells the company, on its own pages, what the moderation took down or suspended and why.
 * Renders nothing when there is nothing to tell.
 */
export async function ModerationNotices({ organizationId, locale }: { organizationId: string; locale: Locale }) {
  const notices = await moderationNoticesFor(organizationId);
  if (!notices.length) return null;
  const [t, format] = await Promise.all([getTranslations("Moderation.notices"), getFormatter()]);
  return (
    <section
      aria-labelledby="moderation-notices"
      className="flex flex-col gap-3 rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-200"
      data-testid="moderation-notices"
    >
      <h2 id="moderation-notices" className="font-semibold">
        {t("title")}
      </h2>
      <ul className="flex flex-col gap-3 text-sm">
        {notices.map((n) => {
          const date = format.dateTime(n.createdAt, "short");
          const listing = n.listing ? (pickLocalized(trilingual(n.listing, "title"), locale)?.text ?? "") : "";
          return (
            <li key={n.id} className="flex flex-col gap-1">
              <p className="font-medium">{t(n.kind === "DISMISS" ? "WARN" : n.kind, { date, listing })}</p>
              <p className="whitespace-pre-wrap">{t("reason", { reason: n.reason })}</p>
            </li>
          );
        })}
      </ul>
      <p className="text-sm">{t("contact")}</p>
    </section>
  );
}
