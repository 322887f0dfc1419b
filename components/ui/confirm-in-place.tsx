// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";

const TONES = {
  danger: {
    open: "danger-outline",
    yes: "danger",
    question: "text-red-800",
    panel: "bg-red-50 ring-red-200 text-red-900",
  },
  neutral: {
    open: "neutral",
    yes: "primary",
    question: "text-slate-800",
    panel: "bg-slate-50 ring-slate-200 text-slate-800",
  },
} as const satisfies Record<string, { open: ButtonVariant; yes: ButtonVariant; question: string; panel: string }>;

/**
 * A button whose action asks once more, in place: the first press shows the question with
 * "yes" and "cancel", the second runs the server action and reloads the page's data. "inline"
 * puts the question beside the button (in lists), "panel" below it in a box (on a page of its own).
 * With `testId`, the first button gets it and the "yes" button `${testId}-confirm`.
 */
export function ConfirmInPlace({
  label,
  srDetail,
  question,
  confirmLabel,
  cancelLabel,
  action,
  tone = "danger",
  layout = "inline",
  testId,
}: {
  label: string;
  /** Read out after the label, for buttons repeated in a list ("Delete: Laser Sachsen"). */
  srDetail?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  action: () => Promise<ActionResult<unknown>>;
  tone?: keyof typeof TONES;
  layout?: "inline" | "panel";
  testId?: string;
}) {
  const { pending, error, run } = useActionRunner();
  const [confirming, setConfirming] = useState(false);
  const colours = TONES[tone];
  const size = layout === "inline" ? "xs" : "sm";

  const buttons = (
    <>
      <Button
        variant={colours.yes}
        size={size}
        type="button"
        disabled={pending}
        data-testid={testId && `${testId}-confirm`}
        onClick={() => run(action)}
      >
        {confirmLabel}
      </Button>
      <Button variant="neutral" size={size} type="button" onClick={() => setConfirming(false)}>
        {cancelLabel}
      </Button>
    </>
  );

  return (
    <div className={`flex flex-col gap-1 ${layout === "inline" ? "items-start" : ""}`}>
      {!confirming ? (
        <Button
          variant={colours.open}
          size={size}
          type="button"
          disabled={pending}
          data-testid={testId}
          onClick={() => setConfirming(true)}
        >
          {label}
          {srDetail ? <span className="sr-only">: {srDetail}</span> : null}
        </Button>
      ) : layout === "inline" ? (
        <span role="group" aria-label={question} className="flex flex-wrap items-center gap-2">
          <span className={`text-sm ${colours.question}`}>{question}</span>
          {buttons}
        </span>
      ) : (
        <div role="group" aria-label={label} className={`flex flex-col gap-2 rounded-md p-3 ring-1 ${colours.panel}`}>
          <p className="text-sm">{question}</p>
          <div className="flex flex-wrap gap-2">{buttons}</div>
        </div>
      )}
      <ActionError message={error} />
    </div>
  );
}
