// SPDX-License-Identifier: EUPL-1.2
import type { ComponentProps, ReactNode } from "react";

/** A group of checkboxes sharing one legend and one error, e.g. the languages of an event. */
export function CheckboxGroup({ legend, error, children }: { legend: ReactNode; error?: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-1" aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-4">{children}</div>
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}

export function Checkbox({ label, ...input }: ComponentProps<"input"> & { label: ReactNode }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-800">
      <input type="checkbox" className="h-4 w-4 rounded border-slate-300" {...input} />
      {label}
    </label>
  );
}
