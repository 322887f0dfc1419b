import clsx from "clsx";
import { useId, type ComponentProps, type ReactNode } from "react";

type Props = ComponentProps<"textarea"> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

/** The multi-line sibling of TextField: label, error right below, hint last. */
export function TextareaField({ label, error, hint, className, id, rows = 6, ...textarea }: Props) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={fieldId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        className={clsx(
          "rounded-md border bg-white px-3 py-2 text-base shadow-sm",
          error ? "border-red-600" : "border-slate-300 focus:border-brand-600",
        )}
        {...textarea}
      />
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
