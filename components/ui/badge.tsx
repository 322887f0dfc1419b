// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import type { ReactNode } from "react";

export function Badge({ children, tone = "slate", title }: { children: ReactNode; tone?: "slate" | "brand" | "amber"; title?: string }) {
  return (
    <span
      title={title}
      className={clsx(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium",
        tone === "slate" && "bg-slate-100 text-slate-700",
        tone === "brand" && "bg-brand-50 text-brand-800 ring-1 ring-brand-100",
        tone === "amber" && "bg-amber-50 text-amber-900 ring-1 ring-amber-200",
      )}
    >
      {children}
    </span>
  );
}
