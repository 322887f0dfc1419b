// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { removeCompanyLogoAction } from "@/lib/companies/actions/remove-company-logo";
import { uploadCompanyLogoAction } from "@/lib/companies/actions/upload-company-logo";
import { LOGO_ACCEPT, LOGO_MAX_BYTES } from "@/lib/companies/logo-url";
import { useRouter } from "@/lib/i18n/navigation";
import { FilePicker, clearFilePicker } from "@/components/forms/file-picker";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * Uploads the logo right away, apart from the profile form. The size is checked here too, so a
 * big file is refused before it travels; the server checks type and size again by content.
 */
export function LogoUploader({ organizationId, logoUrl }: { organizationId: string; logoUrl: string | null }) {
  const t = useTranslations("CompanyEditor.logo");
  const te = useTranslations("ActionErrors");
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState(logoUrl);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const maxMb = LOGO_MAX_BYTES / (1024 * 1024);

  const upload = async () => {
    const file = input.current?.files?.[0];
    setError(null);
    setNotice(null);
    if (!file) return setError(t("errors.empty"));
    if (file.size > LOGO_MAX_BYTES) return setError(t("errors.tooLarge", { max: maxMb }));
    const data = new FormData();
    data.set("organizationId", organizationId);
    data.set("logo", file);
    setBusy(true);
    try {
      const result = await uploadCompanyLogoAction(data);
      if (!result.ok) return setError(result.fieldErrors.logo ?? result.formError ?? te("unexpected"));
      setCurrent(result.data.logoUrl);
      setNotice(t("uploaded"));
      clearFilePicker(input.current);
      router.refresh();
    } catch {
      setError(te("unexpected"));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      const result = await removeCompanyLogoAction({ organizationId });
      if (!result.ok) return setError(result.formError ?? te("unexpected"));
      setCurrent(null);
      setNotice(t("removed"));
      router.refresh();
    } catch {
      setError(te("unexpected"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t("intro", { max: maxMb })}</p>
      {notice ? <FormAlert tone="success">{notice}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-6">
        <div className="flex h-32 w-32 items-center justify-center rounded-lg bg-slate-50 ring-1 ring-slate-200">
          {current ? (
            // eslint-disable-next-line @next/next/no-img-element -- already resized to 512 px by the server; no optimizer needed
            <img src={current} alt={t("current")} className="max-h-28 max-w-28 object-contain" />
          ) : (
            <span className="px-2 text-center text-xs text-slate-500">{t("none")}</span>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <label htmlFor={`${id}-file`} className="text-sm font-medium text-slate-800">
            {t("choose")}
          </label>
          <FilePicker
            id={`${id}-file`}
            inputRef={input}
            accept={LOGO_ACCEPT}
            invalid={Boolean(error)}
            describedBy={error ? `${id}-error` : undefined}
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button
              size="sm"
              type="button"
              disabled={busy}
              onClick={() => void upload()}
            >
              {t("upload")}
            </Button>
            {current ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => void remove()}
                className="rounded-md px-3 py-1.5 text-sm font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 disabled:opacity-60"
              >
                {t("remove")}
              </button>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}
