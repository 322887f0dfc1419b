// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";

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
      className={buttonClasses({ variant: tone, className: cn("disabled:cursor-wait", className) })}
    >
      {children}
    </button>
  );
}
