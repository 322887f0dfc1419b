"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { blockCompanyAction } from "@/lib/enquiries/actions/block-company";
import { unblockCompanyAction } from "@/lib/enquiries/actions/unblock-company";
import { useEnquiryAction } from "./use-enquiry-action";

export const actionButton = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 disabled:opacity-60";

/** Blocking asks once more, in place; unblocking does not. */
export function BlockToggle({
  organizationId,
  company,
  blocked,
}: {
  organizationId: string;
  company: { id: string; name: string };
  blocked: boolean;
}) {
  const t = useTranslations("Enquiries.actions");
  const { run, pending, error } = useEnquiryAction();
  const [confirming, setConfirming] = useState(false);
  const input = { organizationId, blockedOrganizationId: company.id };

  return (
    <div className="flex flex-col gap-1">
      {blocked ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => unblockCompanyAction(input))}
          className={`${actionButton} text-slate-700 ring-slate-300 hover:bg-slate-50`}
        >
          {t("unblock", { company: company.name })}
        </button>
      ) : confirming ? (
        <div
          role="group"
          aria-label={t("block", { company: company.name })}
          className="flex flex-col gap-2 rounded-md bg-red-50 p-3 ring-1 ring-red-200"
        >
          <p className="text-sm text-red-900">{t("confirmBlock", { company: company.name })}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                run(
                  () => blockCompanyAction(input),
                  () => setConfirming(false),
                )
              }
              className={`${actionButton} bg-red-700 text-white ring-red-700 hover:bg-red-800`}
            >
              {t("confirmBlockYes")}
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
          className={`${actionButton} text-red-700 ring-red-200 hover:bg-red-50`}
        >
          {t("block", { company: company.name })}
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
