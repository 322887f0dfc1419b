// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import type { LocalizedValue } from "@/lib/i18n/localized";

/**
 * Renders user-written text as plain text (React escapes it) in its own language,
 * with a note when it is not in the visitor's language.
 */
export async function LocalizedText({
  value,
  empty,
  compact = false,
}: {
  value: LocalizedValue | null;
  empty?: string;
  compact?: boolean;
}) {
  const t = await getTranslations("OnlyAvailableIn");
  if (!value) return empty ? <p className="mt-2 text-slate-600">{empty}</p> : null;
  return (
    <div className={compact ? "mt-1" : "mt-3"}>
      {value.isFallback && (
        <p className="mb-2 inline-block rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 ring-1 ring-amber-200" data-testid="language-fallback">
          {t(value.lang)}
        </p>
      )}
      <p lang={value.lang} className="whitespace-pre-line text-slate-800">
        {value.text}
      </p>
    </div>
  );
}
