// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState, type RefObject } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * A file input that speaks the page's language: the browser's own button says "Choose file" in
 * the browser's language, so the input is hidden visually (still focusable and announced) and a
 * label styled as a button opens it, with the chosen file's name beside it.
 */
export function FilePicker({
  id,
  inputRef,
  accept,
  name,
  invalid,
  describedBy,
}: {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  name?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("FilePicker");
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        id={id}
        ref={inputRef}
        type="file"
        name={name}
        accept={accept}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name ?? null)}
        className="peer sr-only"
      />
      <label
        htmlFor={id}
        // The input itself is hidden, so its focus ring is drawn on the label that looks like a button.
        className={buttonClasses({
          variant: "secondary",
          size: "sm",
          className: "cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600",
        })}
      >
        {t("choose")}
      </label>
      <span className="min-w-0 text-sm break-all text-slate-600">{chosen ?? t("none")}</span>
    </div>
  );
}

/** Empties a picker after its file was sent, and lets it show that no file is chosen again. */
export function clearFilePicker(input: HTMLInputElement | null): void {
  if (!input) return;
  input.value = "";
  input.dispatchEvent(new Event("change", { bubbles: true }));
}
