// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction } from "@/lib/team/actions/accept-invitation";
import { acceptInvitationSchema } from "@/lib/team/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";

export function AcceptInvitationForm({
  token,
  organizationName,
  organizationKind,
}: {
  token: string;
  organizationName: string;
  organizationKind: OrganizationKind;
}) {
  const t = useTranslations("Team.accept");
  const [joined, setJoined] = useState<string | null>(null);
  const { submit, formError, pending } = useActionForm({
    schema: acceptInvitationSchema,
    action: acceptInvitationAction,
    defaultValues: { token },
    onSuccess: (data) => setJoined(data.organizationId),
  });
  if (joined) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">{t("accepted", { organization: organizationName, kind: organizationKind })}</FormAlert>
        <Button
          href={{ pathname: "/account/team", query: { org: joined } }}
          className="self-start"
        >
          {t("goToTeam")}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <div>
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
