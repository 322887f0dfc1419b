// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { publishGermanCompany } from "./support/companies";
import { signUpAndSignIn } from "./support/users";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";

/**
 * What a newcomer and a chamber notice in the first minutes: icon and robots.txt, the API's
 * documentation, a new company's first steps in the editor, long titles, file fields, the empty
 * search, cancelling a registration and an organizer's first meeting window.
 */

const suffix = randomBytes(3).toString("hex");
const e2eDatabaseUrl = () =>
  embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, viewport } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(scrollWidth, page.url()).toBeLessThanOrEqual(viewport);
}

test("every page has an icon, and robots.txt names the sitemap and keeps crawlers out of private areas", async ({ page, request, baseURL }) => {
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto("/de");
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveCount(1);
  const iconAnswer = await request.get((await icon.getAttribute("href"))!);
  expect(iconAnswer.status()).toBe(200);
  expect(iconAnswer.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/cs/companies");
  expect(missing).toEqual([]);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  for (const locale of ["de", "cs", "en"]) {
    expect(text).toContain(`Disallow: /${locale}/account`);
    expect(text).toContain(`Disallow: /${locale}/organizer`);
  }
});

test("the footer leads to the search API's documentation, whose embeddable form opens the portal's search", async ({ page, request, baseURL }) => {
  await page.goto("/de");
  await page.getByRole("contentinfo").getByRole("link", { name: "Offene Such-API" }).click();
  await expect(page).toHaveURL(/\/de\/api-docs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Offene Such-API" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "certification", exact: true })).toBeVisible();
  await expect(page.getByText("unbekannter Wert ist daher kein Fehler, sondern findet nichts")).toBeVisible();
  await expect(page.locator("pre code").filter({ hasText: `action="${baseURL}/de/search"` })).toBeVisible();

  await page.getByRole("search").getByLabel("Partner in Sachsen und Tschechien finden").fill("Sklo");
  await page.getByRole("search").getByRole("button", { name: "Suchen" }).click();
  await expect(page).toHaveURL(/\/de\/search\?q=Sklo&country=CZ$/);

  for (const [locale, title] of [["cs", "Otevřené vyhledávací API"], ["en", "Open search API"]] as const) {
    await page.goto(`/${locale}/api-docs`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  const openApi = await request.get("/api/v1/openapi.json");
  expect(openApi.status()).toBe(200);
  expect(await openApi.json()).toMatchObject({ openapi: "3.1.0", servers: [{ url: baseURL }] });
  const search = await (await request.get("/api/v1/search?type=company&pageSize=1&locale=cs")).json();
  expect(search.hits[0].url).toMatch(new RegExp(`^${baseURL}/cs/companies/`));
  const refused = await request.get("/api/v1/search?region=nowhere");
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.parameter).toBe("region");
});

test("a new company opens in the editor, saves any step as it is, and a 200-letter title never widens a page", async ({ page }) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto("/de/sign-up");
  await expect(page.getByRole("link", { name: "Datenschutzerklärung" })).toHaveAttribute("href", "/de/privacy");

  await signUpAndSignIn(page, "de", "Petra Polster", `first-steps-${suffix}@example.test`);
  const name = `Polsterei Pirna ${suffix}`;
  await page.getByLabel("Name des Unternehmens").fill(name);
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Deutschland" });
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page).toHaveURL(/\/de\/account\/company\?org=/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`${name} wurde als Entwurf angelegt.`)).toBeVisible();

  // Saving the first step saves it, although text, industries and contact are still missing.
  await page.getByLabel("Rechtsform").fill("GmbH");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Das Profil wurde gespeichert.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Grunddaten" })).toBeVisible();
  await expect(page.getByText("Bitte beschreiben Sie Ihr Unternehmen")).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Rechtsform")).toHaveValue("GmbH");

  // The logo's file field speaks German and names the chosen file.
  await page.getByRole("navigation", { name: "Schritte des Profils" }).getByRole("button", { name: "5. Logo" }).click();
  await expect(page.getByText("Datei auswählen", { exact: true })).toBeVisible();
  await expect(page.getByText("Keine Datei ausgewählt")).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: "polsterei-logo.png", mimeType: "image/png", buffer: Buffer.from("x") });
  await expect(page.getByText("polsterei-logo.png")).toBeVisible();

  const longTitle = "Polstermöbelaufarbeitung".repeat(9).slice(0, 200);
  await publishGermanCompany(page, {
    name,
    city: "Pirna",
    email: `polsterei-${suffix}@example.test`,
    description: `Polsterei in Pirna: ${"Sitzmöbelrestaurierungswerkstatt".repeat(5)}`,
    offer: { title: longTitle, description: "Neubezug und Aufarbeitung von Sesseln und Sofas." },
  });
  // publishGermanCompany ends on the company's listings page.
  await expect(page.getByText(longTitle).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/de/account/company");
  await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(longTitle).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto(`/de/search?q=${encodeURIComponent(longTitle)}`);
  await expectNoHorizontalScroll(page);
});

test("the empty search shows its heading once and no event dates", async ({ page }) => {
  await page.goto("/de/search?q=Zzxqvw");
  await expect(page.getByRole("heading", { level: 2, name: "Keine Treffer für „Zzxqvw“" })).toBeVisible();
  // The result count keeps the same words for screen readers only, in a one-pixel box.
  const shown = await page.evaluate(
    () =>
      [...document.querySelectorAll("main *")].filter(
        (el) => el.childElementCount === 0 && el.textContent?.includes("Keine Treffer für") && el.getBoundingClientRect().width > 2,
      ).length,
  );
  expect(shown).toBe(1);
  await expect(page.getByRole("button", { name: "Zeitraum anwenden" })).toHaveCount(0);
  await page.goto("/de/search?type=event");
  await expect(page.getByRole("button", { name: "Zeitraum anwenden" }).first()).toBeAttached();
});

test("cancelling an event registration asks in place, and a new meeting window lasts three hours", async ({ page }) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  const email = `organizer-polish-${suffix}@example.test`;
  await signUpAndSignIn(page, "de", "Clara Kammer", email);
  await page.getByLabel("Name des Unternehmens").fill(`Kammerdienst ${suffix}`);
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Deutschland" });
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page).toHaveURL(/\/de\/account\/company\?org=/);

  await page.goto("/de/events");
  const eventHref = await page.locator('main a[href^="/de/events/"]').first().getAttribute("href");
  await page.goto(`${eventHref}/registration`);
  await page.getByRole("button", { name: "Jetzt anmelden" }).click();
  const cancel = page.getByRole("button", { name: "Anmeldung stornieren" });
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(page.getByText("Möchten Sie Ihre Anmeldung wirklich stornieren?")).toBeVisible();
  await page.getByRole("button", { name: "Angemeldet bleiben" }).click();
  await expect(page.getByText("Möchten Sie Ihre Anmeldung wirklich stornieren?")).toHaveCount(0);
  await cancel.click();
  await page.getByRole("button", { name: "Ja, stornieren" }).click();
  // Cancelled, the page offers to register again.
  await expect(page.getByRole("button", { name: "Jetzt anmelden" })).toBeVisible();
  await expect(cancel).toHaveCount(0);

  execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-organizer", email, `Handelskammer Pirna ${suffix}`], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  await page.goto("/de/organizer");
  await page.getByRole("link", { name: "Neue Veranstaltung" }).click();
  const start = await page.getByLabel("Beginn", { exact: true }).inputValue();
  await page.getByLabel("Vorab vereinbarte 1:1-Gespräche anbieten").check();
  await page.getByRole("button", { name: "Zeitfenster hinzufügen" }).click();
  await expect(page.getByLabel("Zeitfenster 1: Beginn")).toHaveValue(start);
  await expect(page.getByLabel("Zeitfenster 1: Ende")).toHaveValue(`${start.slice(0, 10)}T12:00`);
});
