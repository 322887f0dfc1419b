// SPDX-License-Identifier: EUPL-1.2
import type { ComponentProps, ReactNode } from "react";
import { FieldShell } from "./field-shell";

type Props = ComponentProps<"textarea"> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

/** The multi-line sibling of TextField: label, error right below, hint last. */
export function TextareaField({ label, error, hint, className, id, rows = 6, ...textarea }: Props) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className} id={id}>
      {(control) => <textarea {...control} rows={rows} {...textarea} />}
    </FieldShell>
  );
}
