import { describe, expect, it } from "vitest";
import { attachmentDisposition, safeFileName, sniffAttachmentType } from "@/lib/enquiries/attachment";
import { cooldownRetryAt, dailyLimitVerdict, enquiryLimits } from "@/lib/enquiries/limits";

const at = (minutesAgo: number, now = Date.parse("2026-11-25T12:00:00Z")) => new Date(now - minutesAgo * 60_000);
const NOW = at(0);

describe("daily recipient limit", () => {
  it("lets a request through while it fits into the rolling 24 hours", () => {
    expect(dailyLimitVerdict([at(600), at(300)], 3, 5)).toBeNull();
    expect(dailyLimitVerdict([], 5, 5)).toBeNull();
  });

  it("says how many still fit and when the whole request will fit", () => {
    // 4 of 5 used; 3 more need the two oldest to leave the window.
    const verdict = dailyLimitVerdict([at(1000), at(900), at(10), at(5)], 3, 5);
    expect(verdict).toEqual({ remaining: 1, retryAt: new Date(at(900).getTime() + 24 * 3600_000) });
  });

  it("has no date to offer when the request alone is over the limit", () => {
    expect(dailyLimitVerdict([], 4, 3)).toEqual({ remaining: 3, retryAt: null });
  });
});

describe("new-account cooldown", () => {
  const base = { now: NOW, cooldownMinutes: 10 };
  it("applies only to accounts younger than 24 hours, and only after a first enquiry", () => {
    expect(cooldownRetryAt({ ...base, accountCreatedAt: at(60), lastEnquiryAt: null })).toBeNull();
    expect(cooldownRetryAt({ ...base, accountCreatedAt: at(60), lastEnquiryAt: at(3) })).toEqual(
      new Date(at(3).getTime() + 600_000),
    );
    expect(cooldownRetryAt({ ...base, accountCreatedAt: at(25 * 60), lastEnquiryAt: at(3) })).toBeNull();
    expect(cooldownRetryAt({ ...base, accountCreatedAt: at(60), lastEnquiryAt: at(10) })).toBeNull();
    expect(cooldownRetryAt({ ...base, cooldownMinutes: 0, accountCreatedAt: at(60), lastEnquiryAt: at(1) })).toBeNull();
  });

  it("reads its settings from the environment, with defaults for missing or odd values", () => {
    expect(enquiryLimits({})).toEqual({ dailyRecipients: 20, newAccountCooldownMinutes: 10 });
    expect(enquiryLimits({ ENQUIRY_DAILY_LIMIT: "50", ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES: "0" })).toEqual({
      dailyRecipients: 50,
      newAccountCooldownMinutes: 0,
    });
    expect(enquiryLimits({ ENQUIRY_DAILY_LIMIT: "lots", ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES: "-5" })).toEqual({
      dailyRecipients: 20,
      newAccountCooldownMinutes: 10,
    });
  });
});

describe("attachment files", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it("identifies PDFs and images by their first bytes only", () => {
    expect(sniffAttachmentType(bytes("%PDF-1.7\n…"))).toBe("pdf");
    expect(sniffAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(sniffAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffAttachmentType(bytes("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(sniffAttachmentType(bytes("<html>%PDF-1.4"))).toBeNull();
    expect(sniffAttachmentType(bytes("%PDF-x"))).toBeNull();
    expect(sniffAttachmentType(bytes("GIF89a"))).toBeNull();
  });

  it("keeps a readable name without folders or quotes, with an extension that matches the content", () => {
    expect(safeFileName("C:\\Users\\jana\\Nabídka č. 7.pdf", "pdf")).toBe("Nabídka č. 7.pdf");
    expect(safeFileName('../../"evil"\r\n.png', "png")).toBe("evil.png");
    expect(safeFileName("photo.JPEG", "jpeg")).toBe("photo.JPEG");
    expect(safeFileName("scan.pdf", "webp")).toBe("scan.pdf.webp");
    expect(safeFileName("", "pdf")).toBe("attachment.pdf");
    expect(safeFileName(`${"x".repeat(300)}.pdf`, "pdf")).toHaveLength(120);
  });

  it("offers the name to every browser in the download header", () => {
    expect(attachmentDisposition("Angebot Müller (final).pdf")).toBe(
      `attachment; filename="Angebot Muller (final).pdf"; filename*=UTF-8''Angebot%20M%C3%BCller%20%28final%29.pdf`,
    );
  });
});
