// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SignedInMessages } from "@/components/layout/signed-in-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// Every page below reads the visitor's session. The locale layout lets pages be cached; here
// they render per request, including a page that forgets to say so itself.
export const dynamic = "force-dynamic";

// Nothing behind a sign-in belongs in a search index; every page below inherits this.
export const metadata: Metadata = { robots: { index: false } };

// Navigation only: every page below checks the session and the organizer's rights itself.
export default async function OrganizerLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("OrganizerDashboard");
  const ts = await getTranslations("Statistics");
  const tm = await getTranslations("Moderation");
  const ti = await getTranslations("Institutions.nav");
  const tc = await getTranslations("Claims");
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("navLabel")} className="flex flex-wrap gap-4 text-sm">
        <Link href="/organizer" className="font-medium text-brand-700 hover:underline">
          {t("title")}
        </Link>
        <Link href="/organizer/statistics" className="font-medium text-brand-700 hover:underline">
          {ts("title")}
        </Link>
        <Link href="/organizer/moderation" className="font-medium text-brand-700 hover:underline">
          {tm("title")}
        </Link>
        <Link href="/organizer/verification" className="font-medium text-brand-700 hover:underline">
          {ti("verification")}
        </Link>
        <Link href="/organizer/staff" className="font-medium text-brand-700 hover:underline">
          {ti("staff")}
        </Link>
        <Link href="/organizer/members" className="font-medium text-brand-700 hover:underline">
          {tc("members.title")}
        </Link>
        <Link href="/organizer/claims" className="font-medium text-brand-700 hover:underline">
          {tc("review.title")}
        </Link>
      </nav>
      <SignedInMessages>{children}</SignedInMessages>
    </div>
  );
}
