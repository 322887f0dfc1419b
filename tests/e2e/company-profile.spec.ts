// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import sharp from "sharp";
import { linkPath, waitForMail } from "./support/mailbox";

const suffix = randomBytes(3).toString("hex");
const email = `firma-${suffix}@example.test`;
const password = "Jested-2026-vyhlidka";
const companyName = `Kovárna Ještěd ${suffix} s.r.o.`;
// Markup in a description must come out as text, never as markup.
const description = `Zakázkové kování a obrábění ocelových dílů pro strojírenství. <script>alert("xss")</script>`;

async function signUpAndSignIn(page: Page) {
  await page.goto("/cs/sign-up");
  await page.getByLabel("Vaše jméno").fill("Petr Dvořák");
  await page.getByLabel("E-mailová adresa").fill(email);
  await page.getByLabel("Heslo").fill(password);
  await page.getByRole("button", { name: "Vytvořit účet" }).click();
  await expect(page.getByText(`Na adresu ${email} jsme poslali e-mail.`)).toBeVisible();

  const mail = await waitForMail(email, (m) => m.subject === "Potvrďte prosím svou e-mailovou adresu");
  await page.goto(linkPath(mail, "/cs/verify-email"));
  await page.getByRole("button", { name: "Potvrdit e-mailovou adresu" }).click();
  await page.getByRole("link", { name: "Pokračovat k přihlášení" }).click();
  await page.getByLabel("E-mailová adresa").fill(email);
  await page.getByLabel("Heslo").fill(password);
  await page.getByRole("button", { name: "Přihlásit se" }).last().click();
  await expect(page).toHaveURL(/\/cs\/account$/);
}

test("a Czech company registers, fills in its profile, adds an offer and is found from the German side", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await signUpAndSignIn(page);

  await page.getByLabel("Název firmy").fill(companyName);
  await page.getByLabel("Země").selectOption({ label: "Česko" });
  await page.getByRole("button", { name: "Založit firmu" }).click();
  await expect(page.getByText(`Firma ${companyName} byla založena jako koncept.`)).toBeVisible();

  await page.getByRole("navigation", { name: "Sekce účtu" }).getByRole("link", { name: "Profil firmy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: companyName })).toBeVisible();

  // 1. Basics: a wrong IČO is caught before the next step opens, in Czech, next to the field.
  await page.getByLabel("Právní forma").fill("s.r.o.");
  await page.getByLabel("Rok založení").fill("2004");
  await page.getByLabel("Počet zaměstnanců").selectOption({ label: "10–49 zaměstnanců" });
  await page.getByLabel("IČO", { exact: true }).fill("27082441");
  await page.getByRole("button", { name: "Další" }).click();
  await expect(page.getByText("IČO musí mít 8 číslic a platnou kontrolní číslici")).toBeVisible();
  await expect(page.getByLabel("IČO", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("IČO", { exact: true }).fill("27082440");
  await page.getByLabel("DIČ / USt-IdNr.").fill("CZ 27082440");
  await page.getByRole("button", { name: "Další" }).click();

  // 2. Location and contact.
  await expect(page.getByRole("heading", { level: 2, name: "Sídlo a kontakt" })).toBeVisible();
  await page.getByLabel("Kraj / region").selectOption({ label: "Liberecký kraj" });
  await page.getByLabel("Obec").fill("Liberec");
  await page.getByLabel("PSČ").fill("46001");
  await page.getByLabel("Ulice a číslo popisné").fill("Průmyslová 12");
  await page.getByLabel("Webové stránky").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Další" }).click();
  await expect(page.getByText("Zadejte prosím webovou adresu začínající http:// nebo https://")).toBeVisible();
  await page.getByLabel("Webové stránky").fill("www.kovarna-jested.example");
  await page.getByLabel("E-mail pro poptávky").fill(`obchod-${suffix}@example.test`);
  await page.getByRole("button", { name: "Další" }).click();

  // 3. Industries from the Czech taxonomy, languages and certifications.
  await page.getByLabel("Hledat obor (česky, německy, anglicky nebo kódem CZ-NACE)").fill("obrábění");
  await page.getByRole("checkbox", { name: "Obrábění (25.62)" }).check();
  await expect(page.getByRole("list", { name: "Vybrané obory" })).toContainText("Obrábění");
  await page.getByRole("checkbox", { name: "Čeština" }).check();
  await page.getByRole("checkbox", { name: "Němčina" }).check();
  await page.getByRole("checkbox", { name: "ISO 9001" }).check();
  await page.getByRole("button", { name: "Další" }).click();

  // 4. A description in Czech only.
  await page.getByLabel("Popis – čeština").fill(description);
  await page.getByRole("button", { name: "Další" }).click();

  // 5. Logo.
  const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#b45309" } })
    .png()
    .toBuffer();
  await page.getByLabel("Vyberte obrázek").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Nahrát logo" }).click();
  await expect(page.getByText("Logo bylo uloženo.")).toBeVisible();
  await page.getByRole("button", { name: "Další" }).click();

  // 6. Review and save as a draft for now.
  await expect(page.getByRole("heading", { level: 2, name: "Kontrola a zveřejnění" })).toBeVisible();
  await expect(page.getByText("Ke zveřejnění ještě chybí:")).toHaveCount(0);
  await page.getByRole("button", { name: "Uložit", exact: true }).click();
  await expect(page.getByText("Profil byl uložen.")).toBeVisible();

  // An offer of free capacity, in Czech.
  await page.getByRole("navigation", { name: "Sekce firmy" }).getByRole("link", { name: "Nabídky a poptávky" }).click();
  await page.getByRole("link", { name: "Nová nabídka" }).click();
  await page.getByLabel("Co nabízíte?").selectOption({ label: "Volná kapacita" });
  await page.getByLabel("Název (čeština)").fill("Volná kapacita na bucharech");
  await page.getByLabel("Popis (čeština)").fill("Od března máme volné dvě směny týdně.");
  await page.getByRole("button", { name: "Vytvořit záznam" }).click();
  await expect(page.getByText("Záznam byl uložen.")).toBeVisible();
  const offerRow = page.getByRole("listitem").filter({ hasText: "Volná kapacita na bucharech" });
  await offerRow.getByRole("button", { name: "Zveřejnit" }).click();
  await expect(offerRow.getByText("Zveřejněno")).toBeVisible();

  // Publish the profile.
  await page.getByRole("navigation", { name: "Sekce firmy" }).getByRole("link", { name: "Profil" }).click();
  await page.getByRole("button", { name: /Kontrola a zveřejnění/ }).click();
  await page.getByRole("button", { name: "Uložit a zveřejnit" }).click();
  await expect(page.getByText("Profil je nyní zveřejněn")).toBeVisible();

  await page.goto("/cs/account");
  await page.getByRole("button", { name: "Odhlásit se" }).first().click();
  await expect(page).toHaveURL(/\/cs$/);

  // A German visitor, not signed in, finds the company in the directory.
  const visitor = await browser.newContext({ locale: "de-DE" });
  const german = await visitor.newPage();
  const link = german.getByRole("link", { name: companyName });
  // Walk the directory page by page, as a visitor following "next page" would.
  for (let page = 1; page <= 30; page++) {
    await german.goto(`/de/companies?page=${page}`);
    await expect(german.getByText(new RegExp(`Seite ${page} von \\d+`))).toBeVisible();
    if (await link.isVisible()) break;
  }
  await link.click();

  await expect(german.getByRole("heading", { level: 1 })).toHaveText(companyName);
  await expect(german.getByTestId("language-fallback").first()).toHaveText(
    "Dieser Text liegt nur auf Tschechisch vor.",
  );
  const about = german.locator('section[aria-labelledby="about"] p[lang="cs"]');
  await expect(about).toHaveText(description);
  await expect(german.locator('section[aria-labelledby="about"] script')).toHaveCount(0);
  await expect(german.getByRole("heading", { level: 3, name: /Volná kapacita na bucharech/ })).toBeVisible();
  await expect(german.getByText("Freie Kapazität").first()).toBeVisible();
  await expect(german.getByRole("img", { name: `Logo von ${companyName}` })).toBeVisible();
  await expect(german.getByRole("link", { name: "www.kovarna-jested.example" })).toHaveAttribute(
    "href",
    "https://www.kovarna-jested.example/",
  );
  await expect(german.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /\/api\/logos\/[a-f0-9]{32}\.webp$/,
  );
  await expect(german.locator('link[rel="alternate"][hreflang="cs"]')).toHaveAttribute("href", /\/cs\/companies\//);
  await visitor.close();
});
