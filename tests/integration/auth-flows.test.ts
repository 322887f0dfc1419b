// SPDX-License-Identifier: EUPL-1.2
import { testDb } from "./support/app-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { changeEmailAction } from "@/lib/auth/actions/change-email";
import { changePasswordAction } from "@/lib/auth/actions/change-password";
import { requestPasswordResetAction } from "@/lib/auth/actions/request-password-reset";
import { resetPasswordAction } from "@/lib/auth/actions/reset-password";
import { signUpAction } from "@/lib/auth/actions/sign-up";
import { verifyEmailAction } from "@/lib/auth/actions/verify-email";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { authOptions } from "@/lib/auth/options";
import { getSessionUser } from "@/lib/auth/session";
import { withTestSession } from "@/lib/auth/test-session";
import { resetAllLimits } from "@/lib/security/rate-limit";
import { linkIn, startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { createUser, TEST_PASSWORD, uniqueEmail } from "./support/accounts";

let capture: SmtpCapture;
let ipCounter = 0;
const nextIp = () => `203.0.113.${++ipCounter}`;
const anonymous = <T>(fn: () => Promise<T>, locale: "de" | "cs" | "en" = "de", ip = nextIp()) =>
  withTestSession(null, fn, { locale, ip });

beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
});
afterAll(async () => {
  await capture.stop();
  await testDb.drop();
});
beforeEach(() => resetAllLimits());

const tokenOf = (url: URL) => url.searchParams.get("token")!;

async function signUpAndVerify(email = uniqueEmail(), password = "ein langes Passwort") {
  expect(await anonymous(() => signUpAction({ name: "Petra", email, password }))).toEqual({ ok: true, data: null });
  const mail = await capture.waitForMail(email, (m) => m.subject.includes("bestätigen"));
  expect(await anonymous(() => verifyEmailAction({ token: tokenOf(linkIn(mail, "/verify-email")) }))).toMatchObject({ ok: true });
  return { email, password };
}

describe("sign-up and verification", () => {
  it("mails a link in the visitor's language; only a verified account can sign in", async () => {
    const email = uniqueEmail("jana");
    const password = "Krkonoše jsou hory";
    const result = await anonymous(() => signUpAction({ name: "Jana <b>Nováková</b>", email: email.toUpperCase(), password }), "cs");
    expect(result).toEqual({ ok: true, data: null });

    const mail = await capture.waitForMail(email);
    expect(mail.subject).toBe("Potvrďte prosím svou e-mailovou adresu");
    expect(mail.text).toContain("Dobrý den, Jana <b>Nováková</b>,");
    // User input is escaped in the HTML part.
    expect(mail.html).toContain("Jana &lt;b&gt;Nováková&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Nováková</b>");
    const link = linkIn(mail, "/cs/verify-email");

    expect(await authorizeCredentials({ email, password }, nextIp())).toEqual({ ok: false, reason: "unverified" });
    // The stored token is a hash, not the link's token.
    const stored = await testDb.db.authToken.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).not.toBe(tokenOf(link));

    expect(await anonymous(() => verifyEmailAction({ token: tokenOf(link) }))).toEqual({ ok: true, data: { kind: "verified" } });
    const signedIn = await authorizeCredentials({ email: ` ${email.toUpperCase()} `, password }, nextIp());
    expect(signedIn).toMatchObject({ ok: true, user: { email } });

    // Links work once.
    const again = await anonymous(() => verifyEmailAction({ token: tokenOf(link) }), "en");
    expect(again).toMatchObject({ ok: false, code: "not_found", formError: expect.stringContaining("invalid or has expired") });
  });

  it("answers a sign-up with a registered address like any other and mails the owner instead", async () => {
    const existing = await createUser({ locale: "en" });
    const fresh = uniqueEmail();
    const forNew = await anonymous(() => signUpAction({ name: "A", email: fresh, password: "ein langes Passwort" }));
    const forExisting = await anonymous(() => signUpAction({ name: "A", email: existing.email, password: "attacker password" }));
    expect(forExisting).toEqual(forNew);

    const mail = await capture.waitForMail(existing.email);
    expect(mail.subject).toBe("You already have a Grenzpartner account");
    expect(linkIn(mail, "/en/forgot-password")).toBeTruthy();
    expect(await testDb.db.user.count({ where: { email: existing.email } })).toBe(1);
    // The existing password still works, the one typed into the sign-up form does not.
    expect(await authorizeCredentials({ email: existing.email, password: TEST_PASSWORD }, nextIp())).toMatchObject({ ok: true });
    expect(await authorizeCredentials({ email: existing.email, password: "attacker password" }, nextIp())).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });

  it("validates on the server with messages in the caller's language", async () => {
    const cs = await anonymous(() => signUpAction({ name: "", email: "kein@", password: "kurz" }), "cs");
    expect(cs).toEqual({
      ok: false,
      code: "validation",
      formError: null,
      fieldErrors: {
        name: "Vyplňte prosím toto pole.",
        email: "Zadejte prosím platnou e-mailovou adresu.",
        password: "Zadejte prosím alespoň 10 znaků.",
      },
    });
    const en = await anonymous(() => signUpAction({ name: "x", email: "", password: "y".repeat(201) } as never), "en");
    expect(en).toMatchObject({ fieldErrors: { email: "Please fill in this field.", password: "Please enter no more than 200 characters." } });
  });
});

describe("sign-in", () => {
  it("spends the password hashing time on unknown addresses too", async () => {
    const user = await createUser();
    const time = async (email: string) => {
      const started = performance.now();
      const result = await authorizeCredentials({ email, password: "wrong password" }, nextIp());
      expect(result).toEqual({ ok: false, reason: "invalid" });
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await time(user.email));
      unknown.push(await time(uniqueEmail("ghost")));
    }
    // Without the dummy hash an unknown address answers in well under a millisecond; the wide
    // margin absorbs the noise of a busy machine running test files in parallel.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.25);
  });

  it("limits attempts per address of the client", async () => {
    const ip = nextIp();
    for (let i = 0; i < 30; i++) await authorizeCredentials({ email: uniqueEmail(), password: "x" }, ip);
    const user = await createUser();
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, ip)).toMatchObject({ reason: "rate_limited" });
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, nextIp())).toMatchObject({ ok: true });
  });
});

describe("sessions", () => {
  it("re-reads the user: deleted accounts and older token versions stop working", async () => {
    const user = await createUser();
    const jwt = authOptions.callbacks!.jwt!;
    const token = { sub: user.id, sv: 0 };
    await expect(jwt({ token } as never)).resolves.toMatchObject({ sub: user.id });
    expect(await withTestSession(user, () => getSessionUser())).toMatchObject({ id: user.id, memberships: [] });

    await testDb.db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    await expect(jwt({ token } as never)).rejects.toThrow();

    await testDb.db.user.delete({ where: { id: user.id } });
    await expect(jwt({ token: { sub: user.id, sv: 1 } } as never)).rejects.toThrow();
    expect(await withTestSession(user, () => getSessionUser())).toBeNull();
  });
});

describe("password reset", () => {
  it("sets a new password from the mailed link and signs out everywhere", async () => {
    const user = await createUser({ locale: "cs" });
    expect(await anonymous(() => requestPasswordResetAction({ email: user.email }))).toEqual({ ok: true, data: null });
    const mail = await capture.waitForMail(user.email, (m) => m.subject === "Nové heslo pro Grenzpartner");
    const token = tokenOf(linkIn(mail, "/cs/reset-password"));

    const weak = await anonymous(() => resetPasswordAction({ token, password: "short" }), "cs");
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: "Zadejte prosím alespoň 10 znaků." } });

    expect(await anonymous(() => resetPasswordAction({ token, password: "mein neues Passwort" }))).toEqual({ ok: true, data: null });
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, nextIp())).toMatchObject({ ok: false });
    expect(await authorizeCredentials({ email: user.email, password: "mein neues Passwort" }, nextIp())).toMatchObject({ ok: true });
    const after = await testDb.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(1);
    await capture.waitForMail(user.email, (m) => m.subject === "Vaše heslo bylo změněno");

    const reused = await anonymous(() => resetPasswordAction({ token, password: "noch ein Passwort!" }));
    expect(reused).toMatchObject({ ok: false, code: "not_found" });
  });

  it("sets exactly one password when the same link is sent several times at once", async () => {
    const user = await createUser();
    await anonymous(() => requestPasswordResetAction({ email: user.email }));
    const mail = await capture.waitForMail(user.email, (m) => m.subject === "Neues Passwort für Grenzpartner");
    const token = tokenOf(linkIn(mail, "/reset-password"));

    const passwords = Array.from({ length: 6 }, (_, i) => `paralleles Passwort ${i}`);
    const results = await Promise.all(passwords.map((password) => anonymous(() => resetPasswordAction({ token, password }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(5).fill(expect.objectContaining({ code: "not_found" })));
    const winner = passwords[results.findIndex((r) => r.ok)];
    for (const password of passwords) {
      const signIn = await authorizeCredentials({ email: user.email, password }, nextIp());
      expect(signIn.ok).toBe(password === winner);
    }
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect(await testDb.db.auditLog.count({ where: { action: "user.password_reset", entityId: user.id } })).toBe(1);
  });

  it("refuses expired links", async () => {
    const user = await createUser();
    await anonymous(() => requestPasswordResetAction({ email: user.email }));
    const mail = await capture.waitForMail(user.email, (m) => m.subject === "Neues Passwort für Grenzpartner");
    await testDb.db.authToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const result = await anonymous(() => resetPasswordAction({ token: tokenOf(linkIn(mail, "/reset-password")), password: "mein neues Passwort" }));
    expect(result).toMatchObject({ ok: false, code: "not_found", formError: expect.stringContaining("abgelaufen") });
  });

  it("answers unknown addresses exactly like known ones and mails nobody", async () => {
    const known = await createUser();
    const unknown = uniqueEmail("nobody");
    const forUnknown = await anonymous(() => requestPasswordResetAction({ email: unknown }));
    const forKnown = await anonymous(() => requestPasswordResetAction({ email: known.email }));
    expect(forUnknown).toEqual(forKnown);
    await capture.waitForMail(known.email);
    expect(capture.mailsTo(unknown)).toEqual([]);
  });

  it("limits requests per address with a localized message", async () => {
    const user = await createUser();
    for (let i = 0; i < 3; i++) expect(await anonymous(() => requestPasswordResetAction({ email: user.email }))).toMatchObject({ ok: true });
    const limited = await anonymous(() => requestPasswordResetAction({ email: user.email }), "cs");
    expect(limited).toMatchObject({ ok: false, code: "rate_limited", formError: expect.stringMatching(/^Příliš mnoho pokusů\. Zkuste to prosím znovu za \d+ minut[ay]?\.$/) });
  });
});

describe("sign-up limits", () => {
  it("stops mass sign-ups from one address of the client", async () => {
    const ip = nextIp();
    for (let i = 0; i < 10; i++) {
      expect(await anonymous(() => signUpAction({ name: "Bot", email: uniqueEmail("bot"), password: "ein langes Passwort" }), "de", ip)).toMatchObject({ ok: true });
    }
    const limited = await anonymous(() => signUpAction({ name: "Bot", email: uniqueEmail("bot"), password: "ein langes Passwort" }), "en", ip);
    expect(limited).toMatchObject({ ok: false, code: "rate_limited", formError: expect.stringContaining("Too many attempts") });
  });
});

describe("account settings", () => {
  it("changes the email only after the new address confirms, and tells the old one", async () => {
    const { email, password } = await signUpAndVerify();
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email } });
    const newEmail = uniqueEmail("new");

    const wrong = await withTestSession(user, () => changeEmailAction({ newEmail, currentPassword: "falsch falsch" }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "Das aktuelle Passwort ist nicht richtig." } });
    const same = await withTestSession(user, () => changeEmailAction({ newEmail: email, currentPassword: password }));
    expect(same).toMatchObject({ ok: false, fieldErrors: { newEmail: "Das ist bereits Ihre E-Mail-Adresse." } });

    expect(await withTestSession(user, () => changeEmailAction({ newEmail, currentPassword: password }))).toEqual({
      ok: true,
      data: { pendingEmail: newEmail },
    });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(email);
    const mail = await capture.waitForMail(newEmail);
    const confirmed = await anonymous(() => verifyEmailAction({ token: tokenOf(linkIn(mail, "/verify-email")) }));
    expect(confirmed).toEqual({ ok: true, data: { kind: "emailChanged" } });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    const notice = await capture.waitForMail(email, (m) => m.subject === "Ihre E-Mail-Adresse wurde geändert");
    expect(notice.text).toContain(newEmail);
    expect(await authorizeCredentials({ email: newEmail, password }, nextIp())).toMatchObject({ ok: true });
  });

  it("confirms an address once, however often the link is opened at the same moment", async () => {
    const email = uniqueEmail();
    expect(await anonymous(() => signUpAction({ name: "Jiří", email, password: "ein langes Passwort" }))).toEqual({ ok: true, data: null });
    const verification = await capture.waitForMail(email, (m) => m.subject.includes("bestätigen"));
    const verifyToken = tokenOf(linkIn(verification, "/verify-email"));
    const verified = await Promise.all(Array.from({ length: 5 }, () => anonymous(() => verifyEmailAction({ token: verifyToken }))));
    expect(verified.filter((r) => r.ok)).toEqual([{ ok: true, data: { kind: "verified" } }]);
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).not.toBeNull();

    const newEmail = uniqueEmail("parallel");
    expect(await withTestSession(user, () => changeEmailAction({ newEmail, currentPassword: "ein langes Passwort" }))).toMatchObject({ ok: true });
    const changeToken = tokenOf(linkIn(await capture.waitForMail(newEmail), "/verify-email"));
    const changed = await Promise.all(Array.from({ length: 5 }, () => anonymous(() => verifyEmailAction({ token: changeToken }))));
    expect(changed.filter((r) => r.ok)).toEqual([{ ok: true, data: { kind: "emailChanged" } }]);
    expect(changed.filter((r) => !r.ok)).toEqual(Array(4).fill(expect.objectContaining({ code: "not_found" })));
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    expect(await testDb.db.auditLog.count({ where: { action: "user.email_changed", entityId: user.id } })).toBe(1);
  });

  it("does not reveal that the new address belongs to someone else", async () => {
    const user = await createUser();
    const other = await createUser();
    const result = await withTestSession(user, () => changeEmailAction({ newEmail: other.email, currentPassword: TEST_PASSWORD }));
    expect(result).toEqual({ ok: true, data: { pendingEmail: other.email } });
    expect(await testDb.db.authToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("changes the password only with the current one", async () => {
    const user = await createUser();
    const wrong = await withTestSession(user, () => changePasswordAction({ currentPassword: "falsch falsch", newPassword: "ganz neu und lang" }), { locale: "en" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "The current password is not correct." } });
    const unchanged = await withTestSession(user, () => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }));
    expect(unchanged).toMatchObject({ ok: false, fieldErrors: { newPassword: "Das neue Passwort muss sich vom bisherigen unterscheiden." } });

    expect(await withTestSession(user, () => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "ganz neu und lang" }))).toEqual({
      ok: true,
      data: { email: user.email },
    });
    expect(await authorizeCredentials({ email: user.email, password: "ganz neu und lang" }, nextIp())).toMatchObject({ ok: true });
    const after = await testDb.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(1);
  });

  it("requires a session", async () => {
    const result = await anonymous(() => changePasswordAction({ currentPassword: "a", newPassword: "b" }), "cs");
    expect(result).toEqual({ ok: false, code: "unauthorized", fieldErrors: {}, formError: "Pro pokračování se prosím přihlaste." });
  });
});

describe("action wrapper", () => {
  it("reports unexpected errors without their details and logs them", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const leaky = safeAction({
      schema: z.object({}),
      auth: "optional",
      handler: async () => {
        throw new Error("connect ECONNREFUSED postgresql://portal:hunter2@db/portal");
      },
    });
    const result = await anonymous(() => leaky({}), "en");
    expect(result).toEqual({ ok: false, code: "error", fieldErrors: {}, formError: "Something went wrong. Please try again later." });
    expect(JSON.stringify(result)).not.toContain("hunter2");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
