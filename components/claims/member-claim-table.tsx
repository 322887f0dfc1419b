// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { sendClaimInvitationsAction } from "@/lib/claims/actions/send-claim-invitations";
import { Link, useRouter } from "@/lib/i18n/navigation";

export interface MemberRow {
  id: string;
  name: string;
  slug: string;
  city: string | null;
  published: boolean;
  hasAddress: boolean;
  managedSince: Date | null;
  invitation: { sentAt: Date; failedAt: Date | null; usedAt: Date | null } | null;
}

type Outcome = { sent: number; failed: number; alreadyManaged: number; withoutAddress: number };

/**
 * The institution's member list with each company's claim state. Staff tick unclaimed members
 * (or take all of them) and send claim invitations; the answer says what was sent and what not.
 */
export function MemberClaimTable({ institutionId, members }: { institutionId: string; members: MemberRow[] }) {
  const t = useTranslations("Claims.members");
  const format = useFormatter();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const invitable = members.filter((m) => !m.managedSince && m.hasAddress);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const send = (input: { companyIds?: string[]; all?: boolean }) =>
    startTransition(async () => {
      setError(null);
      setOutcome(null);
      const result = await sendClaimInvitationsAction({ institutionId, ...input });
      if (!result.ok) {
        setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? null);
        return;
      }
      setOutcome(result.data);
      setSelected(new Set());
      router.refresh();
    });

  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex flex-col gap-4">
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {outcome ? (
        <div data-testid="invitation-outcome">
          <FormAlert tone={outcome.failed ? "error" : "success"}>
            {[
              t("resultSent", { count: outcome.sent }),
              outcome.failed ? t("resultFailed", { count: outcome.failed }) : "",
              outcome.alreadyManaged ? t("resultManaged", { count: outcome.alreadyManaged }) : "",
              outcome.withoutAddress ? t("resultNoAddress", { count: outcome.withoutAddress }) : "",
            ]
              .filter(Boolean)
              .join(" ")}
          </FormAlert>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={pending || selected.size === 0} onClick={() => send({ companyIds: [...selected] })}>
          {pending ? t("sending") : t("inviteSelected", { count: selected.size })}
        </Button>
        <Button variant="secondary" disabled={pending || invitable.length === 0} onClick={() => send({ all: true })}>
          {t("inviteAll")}
        </Button>
        <label className="ml-auto flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={invitable.length > 0 && invitable.every((m) => selected.has(m.id))}
            onChange={(e) => setSelected(e.target.checked ? new Set(invitable.map((m) => m.id)) : new Set())}
          />
          {t("selectAll")}
        </label>
      </div>
      <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th className="w-10 px-3 py-2" />
              <th className="px-3 py-2 font-semibold">{t("company")}</th>
              <th className="px-3 py-2 font-semibold">{t("profile")}</th>
              <th className="px-3 py-2 font-semibold">{t("invitation")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((m) => {
              const canInvite = !m.managedSince && m.hasAddress;
              return (
                <tr key={m.id} data-testid="member-row" data-company={m.name}>
                  <td className="px-3 py-2">
                    {canInvite ? (
                      <input
                        type="checkbox"
                        aria-label={t("select", { company: m.name })}
                        checked={selected.has(m.id)}
                        onChange={(e) => toggle(m.id, e.target.checked)}
                      />
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    {m.published ? (
                      <Link href={`/companies/${m.slug}`} className="font-medium text-brand-800 hover:underline">
                        {m.name}
                      </Link>
                    ) : (
                      <span className="font-medium">{m.name}</span>
                    )}
                    {m.city ? <span className="block text-xs text-slate-600">{m.city}</span> : null}
                  </td>
                  <td className="px-3 py-2" data-testid="member-claim-state">
                    {m.managedSince ? (
                      <Badge tone="brand">{t("managed")}</Badge>
                    ) : (
                      <Badge tone="amber">{t("unmanaged")}</Badge>
                    )}
                    {!m.managedSince && !m.hasAddress ? (
                      <span className="block text-xs text-slate-600">{t("noAddress")}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 text-slate-700" data-testid="member-invitation">
                    {m.invitation?.usedAt ? (
                      t("claimedAt", { date: date(m.invitation.usedAt) })
                    ) : m.invitation?.failedAt ? (
                      t("failedAt", { date: date(m.invitation.failedAt) })
                    ) : m.invitation ? (
                      t("invitedAt", { date: date(m.invitation.sentAt) })
                    ) : m.managedSince ? (
                      t("claimedAt", { date: date(m.managedSince) })
                    ) : (
                      t("notInvited")
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
