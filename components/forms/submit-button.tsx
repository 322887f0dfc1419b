// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import type { ReactNode } from "react";

export function SubmitButton({
  pending,
  children,
  tone = "primary",
  className,
}: {
  pending: boolean;
  children: ReactNode;
  tone?: "primary" | "secondary";
  className?: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={clsx(
        "rounded-md px-4 py-2 font-medium disabled:cursor-wait disabled:opacity-70",
        tone === "primary" ? "bg-brand-700 text-white hover:bg-brand-800" : "bg-white text-brand-800 ring-1 ring-slate-300 hover:bg-slate-50",
        className,
      )}
    >
      {children}
    </button>
  );
}
