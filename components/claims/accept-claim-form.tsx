// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptClaimLinkAction } from "@/lib/claims/actions/accept-claim-link";
import { claimLinkSchema } from "@/lib/claims/schema";
import { useRouter } from "@/lib/i18n/navigation";

/** Takes the profile over and goes on: to the enquiry the link came with, else to the profile editor. */
export function AcceptClaimForm({ token, company }: { token: string; company: string }) {
  const t = useTranslations("Claims.accept");
  const router = useRouter();
  const { submit, formError, pending } = useActionForm({
    schema: claimLinkSchema,
    action: acceptClaimLinkAction,
    defaultValues: { token },
    onSuccess: (data) => {
      router.push(
        data.enquiryId
          ? { pathname: `/account/inbox/${data.enquiryId}`, query: { org: data.companyId } }
          : { pathname: "/account/company", query: { org: data.companyId } },
      );
    },
  });
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <div>
        <SubmitButton pending={pending}>{pending ? t("confirming") : t("confirm", { company })}</SubmitButton>
      </div>
    </form>
  );
}
