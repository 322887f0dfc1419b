// SPDX-License-Identifier: EUPL-1.2
import { ATTACHMENT_MAX_BYTES } from "./constants";

/**
 * Attachments are taken for what their bytes say they are. The browser's MIME type and the file
 * name are chosen by the sender and prove nothing; a "quote.pdf" that is really an HTML page
 * must not reach the recipient as a PDF.
 */
export type AttachmentType = "pdf" | "png" | "jpeg" | "webp";
export type AttachmentProblem = "empty" | "tooLarge" | "unsupportedType";

export const CONTENT_TYPES: Record<AttachmentType, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  pdf: [".pdf"],
  png: [".png"],
  jpeg: [".jpg", ".jpeg"],
  webp: [".webp"],
};

export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
  // "%PDF-" followed by a version digit.
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d]) && bytes[5] >= 0x30 && bytes[5] <= 0x39) return "pdf";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/**
 * Control characters (C0, DEL, C1) and the bidirectional formatting marks (LRE…RLO, LRI…PDI,
 * LRM, RLM, ALM). A right-to-left override turns "invoice‮fdp.exe" into what reads as
 * "invoiceexe.pdf", so none of them may reach a stored name or a download header.
 */
const INVISIBLE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function withoutInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, "");
}

/**
 * A file name that is safe to store and to hand back in a Content-Disposition header: no
 * folders, no control or quote characters, a sane length, and an extension that matches the
 * content (so the recipient's computer opens it with the right program).
 */
export function safeFileName(raw: string, type: AttachmentType): string {
  const base =
    raw
      .split(/[\\/]/)
      .pop()!
      .normalize("NFC")
      .replace(INVISIBLE_CONTROLS, "")
      .replace(/["<>|:*?]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^\.+/, "") || "attachment";
  const lower = base.toLowerCase();
  const withExtension = EXTENSIONS[type].some((ext) => lower.endsWith(ext)) ? base : `${base}${EXTENSIONS[type][0]}`;
  if (withExtension.length <= 120) return withExtension;
  const ext = withExtension.slice(withExtension.lastIndexOf("."));
  return `${withExtension.slice(0, 120 - ext.length)}${ext}`;
}

export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

export type AttachmentCheck = { ok: true; attachment: CheckedAttachment } | { ok: false; problem: AttachmentProblem };

/** Reads an uploaded file after checking its size, and identifies it by its first bytes. */
export async function checkAttachment(file: Blob): Promise<AttachmentCheck> {
  // Checked before the bytes are read into memory of their own.
  if (file.size > ATTACHMENT_MAX_BYTES) return { ok: false, problem: "tooLarge" };
  if (file.size === 0) return { ok: false, problem: "empty" };
  const data = new Uint8Array(await file.arrayBuffer());
  if (data.length > ATTACHMENT_MAX_BYTES) return { ok: false, problem: "tooLarge" };
  const type = sniffAttachmentType(data);
  if (!type) return { ok: false, problem: "unsupportedType" };
  const name = file instanceof File ? file.name : "";
  return {
    ok: true,
    attachment: { fileName: safeFileName(name, type), contentType: CONTENT_TYPES[type], size: data.length, data },
  };
}

/** Content-Disposition for a download; the plain name for old clients, the UTF-8 one for all others. */
export function attachmentDisposition(storedName: string): string {
  // Names stored before they were cleaned on upload are cleaned here too.
  const fileName = withoutInvisibleControls(storedName).trim() || "attachment";
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;]/g, "") || "attachment";
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
