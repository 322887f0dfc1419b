import clsx from "clsx";
import { useId, type ComponentProps, type ReactNode } from "react";

/** A labelled multi-line input; errors are announced with it. */
export function TextareaField({
  label,
  error,
  hint,
  className,
  id,
  ...textarea
}: ComponentProps<"textarea"> & { label: ReactNode; error?: string; hint?: ReactNode }) {
  const generated = useId();
  const fieldId = id ?? generated;
  const describedBy = [error ? `${fieldId}-error` : null, hint ? `${fieldId}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={fieldId}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx("rounded-md border bg-white px-3 py-2 text-base shadow-sm", error ? "border-red-600" : "border-slate-300")}
        {...textarea}
      />
      {error ? (
        <p id={`${fieldId}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

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
