// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/db/config";
import { mailSetup } from "@/lib/mail/mail-setup";

describe("how a started command sends mail", () => {
  it("uses SMTP_URL whenever it is set", () => {
    expect(mailSetup("production", { SMTP_URL: "smtp://mail.example.com:587" })).toBe("smtp");
    expect(mailSetup("development", { SMTP_URL: "smtp://mail.example.com:587", DEV_MAIL: "1" })).toBe("smtp");
  });

  it("falls back to the development mail server in development", () => {
    expect(mailSetup("development", {})).toBe("dev-server");
    expect(mailSetup("development", { SMTP_URL: "" })).toBe("dev-server");
  });

  it("refuses a production start without SMTP_URL, naming the variable", () => {
    for (const env of [{}, { SMTP_URL: "" }, { DEV_MAIL: "0" }]) {
      expect(() => mailSetup("production", env)).toThrow(ConfigError);
      expect(() => mailSetup("production", env)).toThrow(/^SMTP_URL is not set/);
    }
  });

  it("keeps mails in the development mail server in production only when DEV_MAIL=1 says so", () => {
    expect(mailSetup("production", { DEV_MAIL: "1" })).toBe("dev-server");
    expect(() => mailSetup("production", { DEV_MAIL: "yes" })).toThrow(/^DEV_MAIL must be 1 or 0/);
  });

  it("starts nothing for commands that send no mail", () => {
    expect(mailSetup("none", {})).toBe("none");
  });
});
