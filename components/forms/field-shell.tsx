// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import { useId, type ReactNode } from "react";

/** What a form control needs to be tied to its label, error and hint. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
}

/**
 * Label above, control, error right below it, hint last — the layout every field shares, with
 * the error and hint announced together with the control.
 */
export function FieldShell({
  label,
  error,
  hint,
  className,
  id,
  children,
}: {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
  id?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <label htmlFor={controlId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        id: controlId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [errorId, hintId].filter(Boolean).join(" ") || undefined,
        className: clsx(
          "rounded-md border bg-white px-3 py-2 text-base shadow-sm",
          error ? "border-red-600" : "border-slate-300 focus:border-brand-600",
        ),
      })}
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
