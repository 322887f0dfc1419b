// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { linkPath, waitForMail } from "./support/mailbox";

test.describe("accounts", () => {
  test("a new user signs up in Czech, confirms the mail, signs in and out", async ({ page }) => {
    const email = `e2e-${randomBytes(4).toString("hex")}@example.test`;
    const password = "Krkonose-2026-hory";

    await page.goto("/cs");
    await page.getByRole("banner").getByRole("link", { name: "Přihlásit se" }).click();
    await expect(page).toHaveURL(/\/cs\/sign-in$/);
    await page.getByRole("link", { name: "Zaregistrujte se" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vytvoření účtu" })).toBeVisible();

    // The browser-side check shows the same localized messages as the server.
    await page.getByRole("button", { name: "Vytvořit účet" }).click();
    await expect(page.getByText("Vyplňte prosím toto pole.").first()).toBeVisible();
    await page.getByLabel("E-mailová adresa").fill("not-an-address");
    await page.getByLabel("Heslo").fill("short");
    await page.getByRole("button", { name: "Vytvořit účet" }).click();
    await expect(page.getByText("Zadejte prosím platnou e-mailovou adresu.")).toBeVisible();
    await expect(page.getByText("Zadejte prosím alespoň 10 znaků.")).toBeVisible();
    await expect(page.getByLabel("Heslo")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Vaše jméno").fill("Jana Nováková");
    await page.getByLabel("E-mailová adresa").fill(email);
    await page.getByLabel("Heslo").fill(password);
    await page.getByRole("button", { name: "Vytvořit účet" }).click();
    await expect(page.getByText(`Na adresu ${email} jsme poslali e-mail.`)).toBeVisible();

    // Signing in before confirming is refused with a hint.
    await page.goto("/cs/sign-in");
    await page.getByLabel("E-mailová adresa").fill(email);
    await page.getByLabel("Heslo").fill(password);
    await page.getByRole("button", { name: "Přihlásit se" }).last().click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Nejprve prosím potvrďte svou e-mailovou adresu");

    const mail = await waitForMail(email, (m) => m.subject === "Potvrďte prosím svou e-mailovou adresu");
    expect(mail.text).toContain("Dobrý den, Jana Nováková,");
    expect(mail.html).toContain("Jana Nováková");
    await page.goto(linkPath(mail, "/cs/verify-email"));
    await page.getByRole("button", { name: "Potvrdit e-mailovou adresu" }).click();
    await expect(page.getByText("Vaše e-mailová adresa je potvrzena.")).toBeVisible();
    await page.getByRole("link", { name: "Pokračovat k přihlášení" }).click();

    await expect(page).toHaveURL(/\/cs\/sign-in/);
    await page.getByLabel("E-mailová adresa").fill(email);
    await page.getByLabel("Heslo").fill("wrong password 123");
    await page.getByRole("button", { name: "Přihlásit se" }).last().click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("E-mailová adresa nebo heslo nejsou správné.");
    await page.getByLabel("Heslo").fill(password);
    await page.getByRole("button", { name: "Přihlásit se" }).last().click();

    await expect(page).toHaveURL(/\/cs\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dobrý den, Jana Nováková!");
    await expect(page.getByText(`Přihlášen(a) jako ${email}`)).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Můj účet" })).toBeVisible();

    // One session for all three languages.
    await page.goto("/de/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hallo Jana Nováková!");

    // Errors found by the server action arrive in the page's language, next to the field.
    await page.goto("/cs/account/settings");
    const passwordForm = page.getByRole("region", { name: "Změna hesla" });
    await passwordForm.getByLabel("Současné heslo").fill("not my password");
    await passwordForm.getByLabel("Nové heslo").fill("Jizerské hory 2027");
    await passwordForm.getByRole("button", { name: "Změnit heslo" }).click();
    await expect(passwordForm.getByText("Současné heslo není správné.")).toBeVisible();

    await page.goto("/cs/account");
    await page.getByRole("button", { name: "Odhlásit se" }).click();
    await expect(page).toHaveURL(/\/cs$/);
    await expect(page.getByRole("banner").getByRole("link", { name: "Přihlásit se" })).toBeVisible();
    await page.goto("/cs/account");
    await expect(page).toHaveURL(/\/cs\/sign-in\?callbackUrl=%2Fcs%2Faccount$/);
  });
});
