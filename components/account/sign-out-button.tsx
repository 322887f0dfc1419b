// SPDX-License-Identifier: EUPL-1.2
"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

/** Signs out and goes to `callbackUrl` (a path on this site), the home page by default. */
export function SignOutButton({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("Account");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: callbackUrl ?? `/${locale}` });
      }}
      className="rounded-md bg-white px-4 py-2 font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-70"
    >
      {t("signOut")}
    </button>
  );
}
