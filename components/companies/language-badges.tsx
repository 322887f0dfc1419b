// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Lang } from "@/lib/i18n/localized";

/** Shows in which languages a text exists, e.g. "CS DE". */
export async function LanguageBadges({ langs }: { langs: Lang[] }) {
  const t = await getTranslations("LanguageNames");
  return (
    <ul className="flex gap-1">
      {langs.map((l) => (
        <li key={l}>
          <Badge tone="brand" title={t(l)}>
            <span aria-hidden>{l.toUpperCase()}</span>
            <span className="sr-only">{t(l)}</span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
