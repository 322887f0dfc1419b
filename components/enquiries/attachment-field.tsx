// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { FieldShell } from "@/components/forms/field-shell";
import { FilePicker } from "@/components/forms/file-picker";
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES } from "@/lib/enquiries/constants";

export const ATTACHMENT_MAX_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** The optional file of a message. The server decides by content; this only saves a pointless upload. */
export function AttachmentField({ inputRef, error }: { inputRef: RefObject<HTMLInputElement | null>; error?: string }) {
  const t = useTranslations("Enquiries.attachment");
  return (
    <FieldShell label={t("label")} hint={t("hint", { max: ATTACHMENT_MAX_MB })} error={error}>
      {(control) => (
        <FilePicker
          id={control.id}
          inputRef={inputRef}
          name="attachment"
          accept={ATTACHMENT_ACCEPT}
          invalid={control["aria-invalid"]}
          describedBy={control["aria-describedby"]}
        />
      )}
    </FieldShell>
  );
}

/** The chosen file, or a message why it cannot be sent; null when no file was chosen. */
export function chosenFile(
  input: HTMLInputElement | null,
  tooLarge: string,
): { file: File | null; error: string | null } {
  const file = input?.files?.[0] ?? null;
  if (file && file.size > ATTACHMENT_MAX_BYTES) return { file: null, error: tooLarge };
  return { file, error: null };
}
