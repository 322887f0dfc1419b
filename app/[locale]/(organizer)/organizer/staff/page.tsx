// SPDX-License-Identifier: EUPL-1.2
import { requireUser } from "@/lib/auth/guards";
import { organizerOrganizationsOf } from "@/lib/events/queries";
import { redirect } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

/**
 * An institution's staff are its team: inviting, roles and removal live on the team page,
 * which already handles invitations by mail and the last-admin rule.
 */
export default async function StaffPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/organizer/staff");
  const [first] = await organizerOrganizationsOf(user);
  redirect({ href: first ? { pathname: "/account/team", query: { org: first.id } } : "/account/team", locale });
}
