// SPDX-License-Identifier: EUPL-1.2
"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { publishCompanyAction } from "@/lib/companies/actions/publish-company";
import { unpublishCompanyAction } from "@/lib/companies/actions/unpublish-company";
import { updateCompanyProfileAction } from "@/lib/companies/actions/update-company-profile";
import { companyProfileSchema, PROFILE_STEPS, type CompanyProfileInput } from "@/lib/companies/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { LogoUploader } from "./logo-uploader";
import { BasicsStep, DescriptionsStep, IndustriesStep, LocationStep } from "./profile-steps";
import { ReviewStep } from "./review-step";

export type PublicationStatus = "DRAFT" | "PUBLISHED" | "UNPUBLISHED";

/** The first step holding one of these fields ("description.de" belongs to "description"). */
const stepOf = (fields: string[]) =>
  PROFILE_STEPS.findIndex((s) =>
    (s.fields as readonly string[]).some((f) => fields.some((name) => name.split(".")[0] === f)),
  );

const stepWithError = (errors: FieldErrors<CompanyProfileInput>) => stepOf(Object.keys(errors));

/**
 * The profile editor: one form in six steps. "Next" checks only the fields of the open step;
 * saving checks everything with the same schema the server uses and opens the first step that
 * still has an error.
 */
export function CompanyEditor(props: {
  defaults: CompanyProfileInput;
  status: PublicationStatus;
  logoUrl: string | null;
  canPublish: boolean;
}) {
  const t = useTranslations("CompanyEditor");
  const te = useTranslations("ActionErrors");
  const router = useRouter();
  const [step, setStep] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { form, formError, setFormError } = useActionForm({
    schema: companyProfileSchema,
    action: updateCompanyProfileAction,
    defaultValues: props.defaults,
  });
  const { isDirty } = form.formState;
  const current = PROFILE_STEPS[step];

  // Leaving with unsaved changes asks first; the steps themselves keep their input.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  const goTo = (index: number) => {
    setNotice(null);
    setStep(index);
    document.getElementById("editor-step-heading")?.focus();
  };

  const next = async () => {
    if (await form.trigger(current.fields as never)) goTo(step + 1);
  };

  const run = async (work: () => Promise<boolean>) => {
    setBusy(true);
    setFormError(null);
    setNotice(null);
    try {
      return await work();
    } catch {
      setFormError(te("unexpected"));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const saveProfile = async (): Promise<boolean> => {
    const values = form.getValues();
    const result = await updateCompanyProfileAction(values);
    if (result.ok) {
      form.reset(values);
      return true;
    }
    Object.entries(result.fieldErrors).forEach(([field, message]) =>
      form.setError(field as keyof CompanyProfileInput, { type: "server", message }),
    );
    setFormError(result.formError);
    const failing = stepOf(Object.keys(result.fieldErrors));
    if (failing >= 0) setStep(failing);
    return false;
  };

  const save = (then?: "publish") =>
    form.handleSubmit(
      () =>
        run(async () => {
          if (!(await saveProfile())) return false;
          if (then === "publish") {
            const published = await publishCompanyAction({ organizationId: props.defaults.organizationId });
            if (!published.ok) {
              setFormError(published.formError);
              router.refresh();
              return false;
            }
          }
          setNotice(then === "publish" ? t("published") : t("saved"));
          router.refresh();
          return true;
        }),
      (errors) => {
        const failing = stepWithError(errors);
        if (failing >= 0) setStep(failing);
      },
    )();

  const unpublish = () =>
    run(async () => {
      const result = await unpublishCompanyAction({ organizationId: props.defaults.organizationId });
      if (!result.ok) setFormError(result.formError);
      else setNotice(t("unpublished"));
      router.refresh();
      return result.ok;
    });

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("stepsLabel")}>
        <ol className="flex flex-wrap gap-2 text-sm">
          {PROFILE_STEPS.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => goTo(i)}
                aria-current={i === step ? "step" : undefined}
                className={clsx(
                  "rounded-full px-3 py-1.5 font-medium ring-1",
                  i === step
                    ? "bg-brand-700 text-white ring-brand-700"
                    : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                  stepWithError(form.formState.errors) === i && i !== step && "ring-red-500",
                )}
              >
                {i + 1}. {t(`steps.${s.id}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <Card
        as="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        className="flex flex-col gap-6"
      >
        <CardTitle id="editor-step-heading" tabIndex={-1} className="outline-none">
          {t(`steps.${current.id}`)}
        </CardTitle>
        {notice ? <FormAlert tone="success">{notice}</FormAlert> : null}
        {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}

        {current.id === "basics" && <BasicsStep form={form} />}
        {current.id === "location" && <LocationStep form={form} />}
        {current.id === "industries" && <IndustriesStep form={form} />}
        {current.id === "descriptions" && <DescriptionsStep form={form} />}
        {current.id === "logo" && (
          <LogoUploader organizationId={props.defaults.organizationId} logoUrl={props.logoUrl} />
        )}
        {current.id === "review" && (
          <ReviewStep
            form={form}
            status={props.status}
            canPublish={props.canPublish}
            busy={busy}
            onPublish={() => void save("publish")}
            onUnpublish={() => void unpublish()}
            onEdit={goTo}
          />
        )}

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          {step > 0 ? (
            <Button
              variant="neutral"
              type="button"
              onClick={() => goTo(step - 1)}
            >
              {t("back")}
            </Button>
          ) : null}
          <Button
            variant={current.id === "review" ? "primary" : "secondary"}
            type="submit"
            disabled={busy}
            aria-busy={busy || undefined}
          >
            {t("save")}
          </Button>
          {step < PROFILE_STEPS.length - 1 ? (
            <Button
              type="button"
              onClick={() => void next()}
              className="ml-auto"
            >
              {t("next")}
            </Button>
          ) : null}
          {isDirty ? <span className="text-sm text-amber-800">{t("unsaved")}</span> : null}
        </div>
      </Card>
    </div>
  );
}
