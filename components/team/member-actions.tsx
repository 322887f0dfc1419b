// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import { changeMemberRoleAction } from "@/lib/team/actions/change-member-role";
import { removeMemberAction } from "@/lib/team/actions/remove-member";
import { revokeInvitationAction } from "@/lib/team/actions/revoke-invitation";

function useTeamMutation() {
  const router = useRouter();
  const te = useTranslations("ActionErrors");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (mutation: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await mutation();
        if (!result.ok) {
          setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? te("unexpected"));
          return;
        }
        if (after) after();
        else router.refresh();
      } catch {
        setError(te("unexpected"));
      }
    });
  return { pending, error, run };
}

function InlineError({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

export function MemberRoleSelect(props: {
  organizationId: string;
  userId: string;
  name: string;
  role: MembershipRole;
  roles: MembershipRole[];
}) {
  const t = useTranslations("Team");
  const { pending, error, run } = useTeamMutation();
  const [role, setRole] = useState(props.role);
  return (
    <div>
      <select
        aria-label={t("roleOf", { name: props.name })}
        value={role}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as MembershipRole;
          const previous = role;
          setRole(next);
          run(async () => {
            const result = await changeMemberRoleAction({ organizationId: props.organizationId, userId: props.userId, role: next });
            if (!result.ok) setRole(previous);
            return result;
          });
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {props.roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <InlineError message={error} />
    </div>
  );
}

export function RemoveMemberButton(props: { organizationId: string; userId: string; name: string; self: boolean }) {
  const t = useTranslations("Team");
  const router = useRouter();
  const { pending, error, run } = useTeamMutation();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(props.self ? t("confirmLeave") : t("confirmRemove", { name: props.name }))) return;
          run(
            () => removeMemberAction({ organizationId: props.organizationId, userId: props.userId }),
            props.self ? () => router.push("/account") : undefined,
          );
        }}
        className="rounded-md px-2 py-1 text-sm font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 disabled:opacity-60"
      >
        {props.self ? t("leave") : t("remove")}
      </button>
      <InlineError message={error} />
    </div>
  );
}

export function RevokeInvitationButton({ invitationId }: { invitationId: string }) {
  const t = useTranslations("Team");
  const { pending, error, run } = useTeamMutation();
  return (
    <div>
      <Button
        variant="neutral"
        size="xs"
        type="button"
        disabled={pending}
        onClick={() => run(() => revokeInvitationAction({ invitationId }))}
        className="px-2"
      >
        {t("revoke")}
      </Button>
      <InlineError message={error} />
    </div>
  );
}
