// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { saveSearchAction } from "@/lib/saved-searches/actions/save-search";
import { ALERT_FREQUENCIES, saveSearchSchema, SAVED_SEARCH_LIMITS } from "@/lib/saved-searches/schema";


interface SaveSearchProps {
  query: string;
  filters: Record<string, string>;
  defaultName: string;
  callbackUrl: string;
}

/**
 * The form for signed-in users, a sign-in link for everybody else, as the browser's session says
 * (components/auth/browser-session.tsx).
 */
export function SaveSearchControl({ query, filters, defaultName, callbackUrl }: SaveSearchProps) {
  const { status } = useSession();
  const t = useTranslations("SavedSearches");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: saveSearchSchema,
    action: saveSearchAction,
    defaultValues: { name: defaultName, query, filters, frequency: "WEEKLY" },
    onSuccess: () => {
      setSaved(true);
      setOpen(false);
    },
  });

  // Reserve the button's space while the session loads, so nothing jumps or is clicked too early.
  if (status === "loading") return <span className="inline-block h-8" aria-hidden />;
  if (status !== "authenticated") {
    return (
      <Button variant="secondary" size="sm" href={{ pathname: "/sign-in", query: { callbackUrl } }} data-testid="save-search">
        {t("save.signIn")}
      </Button>
    );
  }
  if (saved) {
    return (
      <FormAlert tone="success">
        {t("save.saved")}{" "}
        <Link href="/account/saved-searches" className="font-medium underline">
          {t("save.manage")}
        </Link>
      </FormAlert>
    );
  }
  if (!open) {
    return (
      <Button
        variant="secondary"
        size="sm"
        type="button"
        onClick={() => setOpen(true)}
        data-testid="save-search"
        aria-expanded={false}
      >
        {t("save.open")}
      </Button>
    );
  }
  return (
    <Card
      as="form"
      onSubmit={submit}
      noValidate
      aria-label={t("save.open")}
      className="flex flex-col gap-3 p-4 sm:flex-row sm:flex-wrap sm:items-end"
    >
      <TextField
        label={t("nameLabel")}
        className="sm:flex-1"
        maxLength={SAVED_SEARCH_LIMITS.name}
        data-testid="save-search-name"
        error={form.formState.errors.name?.message}
        {...form.register("name")}
      />
      <SelectField
        label={t("frequency.label")}
        options={ALERT_FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
        data-testid="save-search-frequency"
        error={form.formState.errors.frequency?.message}
        {...form.register("frequency")}
      />
      <div className="flex gap-2">
        <SubmitButton pending={pending}>
          <span data-testid="save-search-submit">{t("save.submit")}</span>
        </SubmitButton>
        <Button
          variant="neutral"
          size="sm"
          type="button"
          onClick={() => setOpen(false)}
          className="py-2"
        >
          {t("cancel")}
        </Button>
      </div>
      {formError ? (
        <div className="sm:basis-full">
          <FormAlert tone="error">{formError}</FormAlert>
        </div>
      ) : null}
    </Card>
  );
}
