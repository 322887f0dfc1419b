// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { attachmentDisposition, safeFileName, sniffAttachmentType } from "@/lib/enquiries/attachment";
import { canEnquire, defaultSenderId, recipientsFor } from "@/lib/enquiries/compose";
import {
  bindingDailyLimit,
  companyDailyLimit,
  cooldownRetryAt,
  dailyLimitVerdict,
  enquiryLimits,
  recipientTimes,
} from "@/lib/enquiries/limits";
import { reportedMessagesSnapshot, snapshotWithoutAuthors } from "@/lib/enquiries/report-snapshot";

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
    expect(enquiryLimits({})).toEqual({ dailyRecipients: 20, draftDailyRecipients: 5, newAccountCooldownMinutes: 10 });
    expect(
      enquiryLimits({
        ENQUIRY_DAILY_LIMIT: "50",
        ENQUIRY_DRAFT_DAILY_LIMIT: "8",
        ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES: "0",
      }),
    ).toEqual({ dailyRecipients: 50, draftDailyRecipients: 8, newAccountCooldownMinutes: 0 });
    expect(
      enquiryLimits({
        ENQUIRY_DAILY_LIMIT: "lots",
        ENQUIRY_DRAFT_DAILY_LIMIT: "2.5",
        ENQUIRY_NEW_ACCOUNT_COOLDOWN_MINUTES: "-5",
      }),
    ).toEqual({ dailyRecipients: 20, draftDailyRecipients: 5, newAccountCooldownMinutes: 10 });
    // A new company can always ask its first supplier.
    expect(enquiryLimits({ ENQUIRY_DRAFT_DAILY_LIMIT: "0" }).draftDailyRecipients).toBe(1);
  });
});

describe("whose daily limit applies", () => {
  const limits = enquiryLimits({});
  it("gives an unpublished company the lower allowance, but only where it is lower", () => {
    expect(companyDailyLimit(limits, true)).toEqual({ limit: 20, scope: "company" });
    expect(companyDailyLimit(limits, false)).toEqual({ limit: 5, scope: "draft" });
    const low = enquiryLimits({ ENQUIRY_DAILY_LIMIT: "3" });
    expect(companyDailyLimit(low, false)).toEqual({ limit: 3, scope: "company" });
  });

  it("reports the limit that holds the request back longest, with what all of them still allow", () => {
    const soon = { remaining: 2, retryAt: at(-60) };
    const later = { remaining: 1, retryAt: at(-600) };
    expect(
      bindingDailyLimit([
        { scope: "company", limit: 20, verdict: null },
        { scope: "user", limit: 20, verdict: null },
      ]),
    ).toBeNull();
    expect(
      bindingDailyLimit([
        { scope: "draft", limit: 5, verdict: soon },
        { scope: "user", limit: 20, verdict: null },
      ]),
    ).toEqual({ scope: "draft", limit: 5, remaining: 2, retryAt: soon.retryAt });
    expect(
      bindingDailyLimit([
        { scope: "company", limit: 20, verdict: soon },
        { scope: "user", limit: 20, verdict: later },
      ]),
    ).toEqual({ scope: "user", limit: 20, remaining: 1, retryAt: later.retryAt });
    // A request that never fits beats any date.
    expect(
      bindingDailyLimit([
        { scope: "user", limit: 20, verdict: later },
        { scope: "draft", limit: 5, verdict: { remaining: 3, retryAt: null } },
      ]),
    ).toEqual({ scope: "draft", limit: 5, remaining: 1, retryAt: null });
  });

  it("counts a user's past sends once per recipient, oldest first", () => {
    expect(
      recipientTimes([
        { createdAt: at(10), metadata: { organizationId: "a", recipients: ["x"] } },
        { createdAt: at(300), metadata: { organizationId: "b", recipients: ["x", "y", "z"] } },
        { createdAt: at(5), metadata: null },
      ]),
    ).toEqual([at(300), at(300), at(300), at(10), at(5)]);
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

  it("drops bidirectional overrides and control characters, so the name reads as what it is", () => {
    // "Rechnung<RLO>fdp.exe" shows as "Rechnungexe.pdf" in a right-to-left aware file list.
    expect(safeFileName("Rechnung\u202Efdp.exe", "pdf")).toBe("Rechnungfdp.exe.pdf");
    const hostile = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009B"];
    for (const c of hostile) {
      expect(safeFileName(`Ang${c}ebot.pdf`, "pdf")).toBe("Angebot.pdf");
      expect(attachmentDisposition(`Ang${c}ebot.pdf`)).toBe(`attachment; filename="Angebot.pdf"; filename*=UTF-8''Angebot.pdf`);
    }
    // Letters of right-to-left scripts are names, not formatting: they stay.
    expect(safeFileName("عرض سعر.pdf", "pdf")).toBe("عرض سعر.pdf");
    // A name stored before the cleaning still leaves the server clean.
    expect(attachmentDisposition("plán\u202Efdp.exe")).toBe(
      `attachment; filename="planfdp.exe"; filename*=UTF-8''pl%C3%A1nfdp.exe`,
    );
    expect(attachmentDisposition("\u202E\u202C")).toBe(`attachment; filename="attachment"; filename*=UTF-8''attachment`);
  });

  it("offers the name to every browser in the download header", () => {
    expect(attachmentDisposition("Angebot Müller (final).pdf")).toBe(
      `attachment; filename="Angebot Muller (final).pdf"; filename*=UTF-8''Angebot%20M%C3%BCller%20%28final%29.pdf`,
    );
  });
});

describe("abuse report snapshot", () => {
  const message = (minutesAgo: number, body: string) => ({
    authorName: "Bernd Baumann",
    body,
    createdAt: at(minutesAgo),
  });
  it("keeps the reported messages oldest first, with who wrote them and when", () => {
    expect(reportedMessagesSnapshot([message(5, "Zweitens"), message(60, "Erstens")])).toBe(
      `[2026-11-25T11:00:00.000Z] Bernd Baumann:\nErstens\n\n[2026-11-25T11:55:00.000Z] Bernd Baumann:\nZweitens`,
    );
  });

  it("cuts long threads off at the limit without splitting a character", () => {
    // A screw emoji takes two UTF-16 units; half of one would be a broken character.
    const snapshot = reportedMessagesSnapshot([message(1, "🔩".repeat(30_000))]);
    expect(Array.from(snapshot)).toHaveLength(20_000);
    expect(snapshot.endsWith("🔩🔩…")).toBe(true);
    expect(reportedMessagesSnapshot([message(1, "kurz")], 20)).toBe("[2026-11-25T11:59:0…");
  });

  it("drops a deleted author's name from the message headers only, and keeps what was written", () => {
    const snapshot = reportedMessagesSnapshot([
      message(60, "Angebot anbei.\nBernd Baumann:"),
      { authorName: "Petra Pohl", body: "Bitte antworten Sie Bernd Baumann.", createdAt: at(30) },
    ]);
    expect(snapshotWithoutAuthors(snapshot, new Set(["Bernd Baumann"]), "—")).toBe(
      "[2026-11-25T11:00:00.000Z] —:\nAngebot anbei.\nBernd Baumann:\n\n[2026-11-25T11:30:00.000Z] Petra Pohl:\nBitte antworten Sie Bernd Baumann.",
    );
    expect(snapshotWithoutAuthors(snapshot, new Set(["Bernd"]), "—")).toBe(snapshot);
  });
});

describe("compose: sender and recipients", () => {
  const a = { id: "a", name: "A" };
  const b = { id: "b", name: "B" };
  const c = { id: "c", name: "C" };
  it("shows the button to a member of another company, also when the user belongs to this one too", () => {
    expect(canEnquire(["b"], "a")).toBe(true);
    expect(canEnquire(["a", "b"], "a")).toBe(true);
    expect(canEnquire(["a"], "a")).toBe(false);
    expect(canEnquire([], "a")).toBe(false);
  });

  it("starts with a sender that is not a recipient, and leaves out only the sending company", () => {
    // Member of A and B, viewing A: B writes to A.
    expect(defaultSenderId(["a", "b"], ["a"])).toBe("b");
    expect(recipientsFor([a], "b")).toEqual({ recipients: [a], senderRemoved: false, truncated: false });
    // Switching to A as the sender leaves A out, and nobody to write to.
    expect(recipientsFor([a], "a")).toEqual({ recipients: [], senderRemoved: true, truncated: false });
    expect(defaultSenderId(["a", "b"], ["a", "b", "c"])).toBe("a");
    expect(recipientsFor([a, b, c], "a").recipients).toEqual([b, c]);
    expect(defaultSenderId([], ["a"])).toBeNull();
  });

  it("keeps at most ten recipients after the sender is taken out", () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}` }));
    expect(recipientsFor(many, "r0")).toMatchObject({ senderRemoved: true, truncated: false });
    expect(recipientsFor(many, "r0").recipients).toHaveLength(10);
    expect(recipientsFor(many, "x")).toMatchObject({ senderRemoved: false, truncated: true });
  });
});
