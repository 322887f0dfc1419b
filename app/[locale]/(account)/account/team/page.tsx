// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteMemberForm } from "@/components/team/invite-member-form";
import { MemberRoleSelect, RemoveMemberButton, RevokeInvitationButton } from "@/components/team/member-actions";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { organizationsOf, teamOf } from "@/lib/team/queries";
import { rolesFor } from "@/lib/team/roles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Team" });
  return { title: t("title") };
}

export default async function TeamPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const requested = firstParam((await searchParams).org);
  const user = await requireUser(locale, requested ? `/account/team?org=${encodeURIComponent(requested)}` : "/account/team");
  const [t, format, organizations] = await Promise.all([getTranslations("Team"), getFormatter(), organizationsOf(user.id)]);

  if (organizations.length === 0) {
    return (
      <div className="flex flex-col gap-4">
        <PageTitle>{t("title")}</PageTitle>
        <p className="text-slate-600">{t("noOrganization")}</p>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {t("toAccount")}
        </Link>
      </div>
    );
  }

  const current = organizations.find((o) => o.id === requested) ?? organizations[0];
  const canManage = can(user, "company.members.manage", { organizationId: current.id });
  const roles = rolesFor(current.kind);
  const { members, invitations } = await teamOf(current.id);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={<>{t("title")} · {current.name}</>} description={t("intro")}>
        {organizations.length > 1 ? (
          // A plain GET form: switching works without JavaScript and keeps a shareable URL.
          <form method="get" className="mt-2 flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t("switcher")}
              <select name="org" defaultValue={current.id} className="rounded-md border border-slate-300 bg-white px-3 py-2">
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <Button variant="neutral" size="sm" type="submit" className="py-2">
              {t("show")}
            </Button>
          </form>
        ) : null}
      </PageHeader>

      <Card as="section" aria-labelledby="members">
        <CardTitle id="members">
          {t("members")}
        </CardTitle>
        {!canManage ? <p className="mt-1 text-sm text-slate-600">{t("readOnly")}</p> : null}
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{t("columns.name")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("columns.email")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("columns.role")}</th>
                <th scope="col" className="py-2 font-medium">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {members.map(({ role, user: member }) => {
                const self = member.id === user.id;
                const name = member.name ?? member.email;
                return (
                  <tr key={member.id}>
                    <td className="py-2 pr-4">
                      {name} {self ? <span className="text-slate-500">{t("you")}</span> : null}
                    </td>
                    <td className="py-2 pr-4">{member.email}</td>
                    <td className="py-2 pr-4">
                      {canManage ? (
                        <MemberRoleSelect organizationId={current.id} userId={member.id} name={name} role={role} roles={roles} />
                      ) : (
                        t(`roles.${role}`)
                      )}
                    </td>
                    <td className="py-2">
                      {canManage || self ? (
                        <RemoveMemberButton organizationId={current.id} userId={member.id} name={name} self={self} />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>

      {canManage ? (
        <>
          <Card as="section" aria-labelledby="invitations">
            <CardTitle id="invitations">
              {t("invitations")}
            </CardTitle>
            {invitations.length === 0 ? (
              <p className="mt-2 text-slate-600">{t("noInvitations")}</p>
            ) : (
              <ul className="mt-4 divide-y divide-slate-100 text-sm">
                {invitations.map((inv) => (
                  <li key={inv.id} className="flex flex-wrap items-center gap-3 py-2">
                    <span className="font-medium">{inv.email}</span>
                    <span>{t(`roles.${inv.role}`)}</span>
                    <span className="text-slate-600">
                      {t("columns.expires")}: {format.dateTime(inv.expiresAt, "short")}
                      {inv.expired ? ` (${t("expired")})` : ""}
                    </span>
                    <span className="ml-auto">
                      <RevokeInvitationButton invitationId={inv.id} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card as="section" aria-labelledby="invite">
            <CardTitle id="invite" className="mb-4">
              {t("invite.title")}
            </CardTitle>
            <InviteMemberForm organizationId={current.id} roles={roles} />
          </Card>
        </>
      ) : null}
    </div>
  );
}
