// SPDX-License-Identifier: EUPL-1.2
import type { ComponentProps, ReactNode } from "react";
import { FieldShell } from "./field-shell";

type Props = ComponentProps<"input"> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose error is announced with it and shown right below it. */
export function TextField({ label, error, hint, className, id, ...input }: Props) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className} id={id}>
      {(control) => <input {...control} {...input} />}
    </FieldShell>
  );
}
