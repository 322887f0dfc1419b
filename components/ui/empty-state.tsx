// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from "react";
import { cn } from "./class-names";

/**
 * What a list shows when it has nothing in it: the reason and, where there is one, the next step
 * (a link to create the first item). Without an action it is a single paragraph, as screen readers
 * expect from a sentence.
 */
export function EmptyState({ children, action, className }: { children: ReactNode; action?: ReactNode; className?: string }) {
  const box = "rounded-lg bg-white p-6 text-slate-600 ring-1 ring-slate-200";
  if (!action) return <p className={cn(box, className)}>{children}</p>;
  return (
    <div className={cn(box, "flex flex-col items-start gap-3", className)}>
      <p>{children}</p>
      {action}
    </div>
  );
}
