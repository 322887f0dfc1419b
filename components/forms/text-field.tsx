import clsx from "clsx";
import { useId, type ComponentProps, type ReactNode } from "react";

type Props = ComponentProps<"input"> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose error is announced with it and shown right below it. */
export function TextField({ label, error, hint, className, id, ...input }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        className={clsx(
          "rounded-md border bg-white px-3 py-2 text-base shadow-sm",
          error ? "border-red-600" : "border-slate-300 focus:border-brand-600",
        )}
        {...input}
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
