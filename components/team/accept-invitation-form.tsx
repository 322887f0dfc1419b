// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { acceptInvitationAction } from "@/lib/team/actions/accept-invitation";
import { acceptInvitationSchema } from "@/lib/team/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

export function AcceptInvitationForm({ token, organizationName }: { token: string; organizationName: string }) {
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
        <FormAlert tone="success">{t("accepted", { organization: organizationName })}</FormAlert>
        <Link
          href={{ pathname: "/account/team", query: { org: joined } }}
          className="self-start rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("goToTeam")}
        </Link>
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
