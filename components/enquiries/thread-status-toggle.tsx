"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { closeEnquiryAction } from "@/lib/enquiries/actions/close-enquiry";
import { reopenEnquiryAction } from "@/lib/enquiries/actions/reopen-enquiry";
import { actionButton } from "./block-toggle";
import { useEnquiryAction } from "./use-enquiry-action";

/** Closing ends the conversation for both sides, so it asks first; reopening is harmless. */
export function ThreadStatusToggle({
  enquiryId,
  organizationId,
  closed,
}: {
  enquiryId: string;
  organizationId: string;
  closed: boolean;
}) {
  const t = useTranslations("Enquiries.actions");
  const { run, pending, error } = useEnquiryAction();
  const [confirming, setConfirming] = useState(false);
  const input = { enquiryId, organizationId };

  return (
    <div className="flex flex-col gap-1">
      {closed ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => reopenEnquiryAction(input))}
          className={`${actionButton} text-brand-800 ring-slate-300 hover:bg-slate-50`}
        >
          {t("reopen")}
        </button>
      ) : confirming ? (
        <div
          role="group"
          aria-label={t("close")}
          className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
        >
          <p className="text-sm text-slate-800">{t("confirmClose")}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                run(
                  () => closeEnquiryAction(input),
                  () => setConfirming(false),
                )
              }
              className={`${actionButton} bg-brand-700 text-white ring-brand-700 hover:bg-brand-800`}
            >
              {t("confirmCloseYes")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={`${actionButton} bg-white text-slate-700 ring-slate-300`}
            >
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          disabled={pending}
          onClick={() => setConfirming(true)}
          className={`${actionButton} text-slate-700 ring-slate-300 hover:bg-slate-50`}
        >
          {t("close")}
        </button>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
