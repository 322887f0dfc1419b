// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { routing } from "@/lib/i18n/routing";
import { useRouter } from "@/lib/i18n/navigation";
import { inviteMemberAction } from "@/lib/team/actions/invite-member";
import { inviteMemberSchema } from "@/lib/team/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

export function InviteMemberForm({ organizationId, roles }: { organizationId: string; roles: MembershipRole[] }) {
  const t = useTranslations("Team");
  const tl = useTranslations("LanguageNames");
  const locale = useLocale();
  const router = useRouter();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const defaultRole = roles.find((r) => r !== "OWNER") ?? roles[0];
  const { form, submit, formError, pending } = useActionForm({
    schema: inviteMemberSchema,
    action: inviteMemberAction,
    defaultValues: { organizationId, email: "", role: defaultRole, locale },
    onSuccess: (_data, values) => {
      setSentTo(values.email);
      form.reset({ organizationId, email: "", role: defaultRole, locale: values.locale });
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2 flex flex-col gap-2">
        {sentTo ? <FormAlert tone="success">{t("invite.sent", { email: sentTo })}</FormAlert> : null}
        {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      </div>
      <TextField
        className="sm:col-span-2"
        label={t("invite.email")}
        type="email"
        autoComplete="off"
        error={errors.email?.message}
        {...form.register("email")}
      />
      <SelectField
        label={t("invite.role")}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={errors.role?.message}
        {...form.register("role")}
      />
      <SelectField
        label={t("invite.locale")}
        options={routing.locales.map((l) => ({ value: l, label: tl(l) }))}
        error={errors.locale?.message}
        {...form.register("locale")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{t("invite.submit")}</SubmitButton>
      </div>
    </form>
  );
}
