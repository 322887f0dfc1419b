// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { linkPath, waitForMail } from "./support/mailbox";
import { publishGermanCompany } from "./support/companies";
import { newCompanyUser } from "./support/users";

/**
 * First contact across the border, as new users would make it: a German welding company signs
 * up, publishes its profile and an offer; a Czech company signs up and publishes a request for
 * "svařování". The Czech company finds the German one among its partner suggestions, with the
 * reason in Czech, and sends an enquiry with a PDF; the German company gets the mail, replies in
 * the thread; the Czech company reads the reply.
 */

const suffix = randomBytes(3).toString("hex");
const germanCompany = `Schweißtechnik Elbtal ${suffix} GmbH`;
const czechCompany = `Strojírna Podkrušnohoří ${suffix} s.r.o.`;
const subject = `Svařování rámů ${suffix}`;

// A minimal, valid PDF: the server checks the content, not the name.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function publishCzechRequest(page: Page) {
  await page.goto("/cs/account/company/listings");
  await page.getByRole("link", { name: "Nová poptávka" }).click();
  await page.getByLabel("Název (čeština)").fill("Hledáme svařování ocelových rámů");
  await page.getByLabel("Popis (čeština)").fill("Potřebujeme svařování rámů strojů, zhruba 40 kusů měsíčně, dodání do Chomutova.");
  await page.getByRole("button", { name: "Vytvořit záznam" }).click();
  await expect(page.getByText("Záznam byl uložen.")).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: "Hledáme svařování ocelových rámů" });
  await row.getByRole("button", { name: "Zveřejnit" }).click();
  await expect(row.getByText("Zveřejněno")).toBeVisible();
}

test("a Czech company seeking welding finds a German welder in its suggestions, asks it and reads the reply", async ({ browser }) => {
  test.setTimeout(300_000);

  const german = await newCompanyUser(browser, "de", "Gerd Schweißer", germanCompany, "welder");
  await publishGermanCompany(german.page, {
    name: germanCompany,
    city: "Pirna",
    email: `vertrieb-${suffix}@example.test`,
    description: "Lohnfertigung von Stahlkonstruktionen in Pirna, zertifiziert nach EN 1090.",
    offer: {
      title: "Schweißen von Maschinenrahmen",
      description: "MAG- und WIG-Schweißen von Rahmen und Gestellen aus Stahl, Einzelteile und Serien.",
    },
  });
  const czech = await newCompanyUser(browser, "cs", "Tomáš Svoboda", czechCompany, "buyer");
  await publishCzechRequest(czech.page);

  // 1. Suggestions on the dashboard, with the reason in Czech and the German words marked.
  const c = czech.page;
  const suggestion = c.getByTestId("partner-suggestion").filter({ hasText: germanCompany });
  // The search index follows changes within seconds; reload until the new offer is in it.
  await expect(async () => {
    await c.goto("/cs/account");
    await expect(suggestion).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const reason = suggestion.getByTestId("partner-reason").filter({ hasText: "Nabízí, co hledáte: svařování" });
  await expect(reason).toBeVisible();
  // The offer's own German words carry the match, not a translation.
  await expect(reason.locator("mark").filter({ hasText: /^Schweißen$/ })).toBeVisible();

  // 2. The enquiry, with a PDF, from the suggestion.
  await suggestion.getByTestId("suggestion-enquiry").click();
  await expect(c.getByTestId("enquiry-recipients")).toContainText(germanCompany);
  await c.getByLabel("Předmět").fill(subject);
  await c.getByLabel("Zpráva", { exact: true }).fill("Dobrý den, potřebujeme svařit 40 rámů měsíčně. Můžete nám poslat nabídku?");
  await c.getByLabel("Příloha (nepovinná)").setInputFiles({ name: "vykres-ramu.pdf", mimeType: "application/pdf", buffer: PDF });
  await c.getByRole("button", { name: "Poslat poptávku" }).click();
  await expect(c).toHaveURL(/\/cs\/account\/inbox\/[^/?]+/);
  await expect(c.getByTestId("enquiry-message")).toHaveCount(1);
  await expect(c.getByTestId("enquiry-message")).toContainText("vykres-ramu.pdf");

  // 3. The German company is told by mail, in German, and answers in the thread.
  const mail = await waitForMail(german.email, (m) => m.subject === `Neue Anfrage von ${czechCompany}: ${subject}`);
  expect(mail.text).toContain("Tomáš Svoboda");
  const g = german.page;
  await g.goto(linkPath(mail, "/de/account/inbox/"));
  await expect(g.getByTestId("enquiry-message").first()).toContainText("potřebujeme svařit 40 rámů");
  const [download] = await Promise.all([g.waitForEvent("download"), g.getByRole("link", { name: /vykres-ramu\.pdf/ }).click()]);
  expect(download.suggestedFilename()).toBe("vykres-ramu.pdf");
  await g.getByLabel("Ihre Antwort").fill("Dobrý den, gern – Angebot folgt bis Freitag. S pozdravem, Gerd Schweißer");
  await g.getByRole("button", { name: "Antwort senden" }).click();
  await expect(g.getByTestId("enquiry-message")).toHaveCount(2);

  // 4. The Czech company sees one unread message and reads the reply.
  await waitForMail(czech.email, (m) => m.subject === `Nová odpověď od ${germanCompany}: ${subject}`);
  await c.goto("/cs/account/inbox");
  await expect(c.getByTestId("unread-count")).toHaveText("1");
  const thread = c.getByTestId("inbox-thread").filter({ hasText: subject });
  await expect(thread).toHaveAttribute("data-unread", /.*/);
  await thread.getByRole("link").first().click();
  await expect(c.getByTestId("enquiry-message").last()).toContainText("Angebot folgt bis Freitag");
  await expect(c.getByTestId("enquiry-message").last()).toContainText(germanCompany);
  await c.goto("/cs/account/inbox");
  await expect(c.getByTestId("unread-count")).toHaveCount(0);

  await german.page.context().close();
  await c.context().close();
});
