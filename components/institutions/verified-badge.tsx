// SPDX-License-Identifier: EUPL-1.2
import type { Lang } from "@/lib/i18n/localized";
import { verificationLabel } from "@/lib/institutions/badge";

/** "verified by IHK Chemnitz, 12 March 2027": on profiles and in search hits. */
export function VerifiedBadge({ locale, by }: { locale: Lang; by: { institutionName: string; verifiedAt: string | Date } }) {
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200"
      data-testid="verified-badge"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
        <path d="M8 0l2 2h3v3l2 2-2 2v3h-3l-2 2-2-2H3V9L1 7l2-2V2h3zm-1 10.4l5-5-1.4-1.4L7 7.6 5.4 6 4 7.4z" />
      </svg>
      {verificationLabel(locale, by)}
    </span>
  );
}
