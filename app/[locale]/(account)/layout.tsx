// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SignedInMessages } from "@/components/layout/signed-in-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { UnreadBadge } from "@/components/enquiries/unread-badge";
import { unreadTotal } from "@/lib/enquiries/queries";

// Every page below reads the visitor's session. The locale layout lets pages be cached; here
// they render per request, including a page that forgets to say so itself.
export const dynamic = "force-dynamic";

// Nothing behind a sign-in belongs in a search index; every page below inherits this.
export const metadata: Metadata = { robots: { index: false } };

// Navigation only: every page below checks the session itself.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("Account.nav");
  const user = await getSessionUser();
  const [unread, tEnquiries] = await Promise.all([unreadTotal(user), getTranslations("Enquiries")]);
  const isOrganizer = Boolean(user?.memberships.some((m) => m.role === "INSTITUTION_ADMIN" || m.role === "INSTITUTION_STAFF"));
  const items = [
    { href: "/account", label: t("overview") },
    { href: "/account/company", label: t("company") },
    { href: "/account/company/listings", label: t("listings") },
    { href: "/account/inbox", label: t("inbox") },
    { href: "/account/watchlist", label: t("watchlist") },
    { href: "/account/saved-searches", label: t("savedSearches") },
    { href: "/account/team", label: t("team") },
    { href: "/account/settings", label: t("settings") },
    { href: "/account/privacy", label: t("privacy") },
    ...(isOrganizer ? [{ href: "/organizer", label: t("organizer") }] : []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("label")}>
        <ul className="flex flex-wrap gap-2 text-sm font-medium">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="rounded-md bg-white px-3 py-1.5 text-slate-700 ring-1 ring-slate-200 hover:text-brand-700">
                {item.label}
                {item.href === "/account/inbox" ? (
                  <UnreadBadge count={unread} label={tEnquiries("navUnread", { count: unread })} />
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <SignedInMessages>{children}</SignedInMessages>
    </div>
  );
}
