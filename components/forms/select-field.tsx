// SPDX-License-Identifier: EUPL-1.2
import type { ComponentProps, ReactNode } from "react";
import { FieldShell } from "./field-shell";

type Props = ComponentProps<"select"> & {
  label: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({ label, error, options, placeholder, className, id, ...select }: Props) {
  return (
    <FieldShell label={label} error={error} className={className} id={id}>
      {(control) => (
        <select {...control} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
