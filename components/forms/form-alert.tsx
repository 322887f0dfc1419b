// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import type { ReactNode } from "react";

/** Form-level feedback; errors interrupt the screen reader, confirmations wait their turn. */
export function FormAlert({ tone, children }: { tone: "error" | "success" | "info"; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={clsx(
        "rounded-md px-4 py-3 text-sm",
        tone === "error" && "bg-red-50 text-red-800 ring-1 ring-red-200",
        tone === "success" && "bg-emerald-50 text-emerald-900 ring-1 ring-emerald-200",
        tone === "info" && "bg-brand-50 text-brand-800 ring-1 ring-brand-100",
      )}
    >
      {children}
    </div>
  );
}
