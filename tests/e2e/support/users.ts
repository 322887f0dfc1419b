// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { linkPath, waitForMail } from "./mailbox";

/** New users as they would come: sign-up, the confirmation mail, sign-in, their first company. */

const suffix = randomBytes(3).toString("hex");
export const PASSWORD = "Labe-Elbe-2026-most";

export const UI = {
  de: {
    name: "Ihr Name",
    email: "E-Mail-Adresse",
    password: "Passwort",
    signUp: "Konto erstellen",
    sent: (email: string) => `Wir haben eine E-Mail an ${email} geschickt.`,
    verifySubject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    verify: "E-Mail-Adresse bestätigen",
    toSignIn: "Weiter zur Anmeldung",
    signIn: "Anmelden",
    companyName: "Name des Unternehmens",
    country: "Land",
    countryLabel: "Deutschland",
    createCompany: "Unternehmen anlegen",
  },
  cs: {
    name: "Vaše jméno",
    email: "E-mailová adresa",
    password: "Heslo",
    signUp: "Vytvořit účet",
    sent: (email: string) => `Na adresu ${email} jsme poslali e-mail.`,
    verifySubject: "Potvrďte prosím svou e-mailovou adresu",
    verify: "Potvrdit e-mailovou adresu",
    toSignIn: "Pokračovat k přihlášení",
    signIn: "Přihlásit se",
    companyName: "Název firmy",
    country: "Země",
    countryLabel: "Česko",
    createCompany: "Založit firmu",
  },
  en: {
    name: "Your name",
    email: "Email address",
    password: "Password",
    signUp: "Create account",
    sent: (email: string) => `We have sent an email to ${email}.`,
    verifySubject: "Please confirm your email address",
    verify: "Confirm email address",
    toSignIn: "Continue to sign in",
    signIn: "Sign in",
    companyName: "Company name",
    country: "Country",
    countryLabel: "Czechia",
    createCompany: "Register company",
  },
} as const;

export async function signUpAndSignIn(page: Page, locale: keyof typeof UI, name: string, email: string) {
  const ui = UI[locale];
  await page.goto(`/${locale}/sign-up`);
  await page.getByLabel(ui.name).fill(name);
  await page.getByLabel(ui.email, { exact: true }).fill(email);
  await page.getByLabel(ui.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: ui.signUp }).click();
  await expect(page.getByText(ui.sent(email))).toBeVisible();
  const mail = await waitForMail(email, (m) => m.subject === ui.verifySubject);
  await page.goto(linkPath(mail, `/${locale}/verify-email`));
  await page.getByRole("button", { name: ui.verify }).click();
  await page.getByRole("link", { name: ui.toSignIn }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in`));
  await page.getByLabel(ui.email, { exact: true }).fill(email);
  await page.getByLabel(ui.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: ui.signIn }).last().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
}

export async function newCompanyUser(browser: Browser, locale: keyof typeof UI, person: string, company: string, tag = "user") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `${tag}-${locale}-${suffix}@example.test`;
  await signUpAndSignIn(page, locale, person, email);
  const ui = UI[locale];
  await page.getByLabel(ui.companyName).fill(company);
  await page.getByLabel(ui.country, { exact: true }).selectOption({ label: ui.countryLabel });
  await page.getByRole("button", { name: ui.createCompany }).click();
  await expect(page.getByText(company).first()).toBeVisible();
  return { page, email };
}

