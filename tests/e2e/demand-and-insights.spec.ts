// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Browser } from "@playwright/test";
import pg from "pg";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";
import { publishGermanCompany } from "./support/companies";
import { expect, test } from "./support/test";
import { newCompanyUser, signUpAndSignIn } from "./support/users";

/**
 * Counting as visitors cause it. Every visitor who must count as a person has an ordinary
 * browser (Playwright's desktop Chrome user agent) and an address of their own: the spec plays
 * the reverse proxy in front of the portal (TRUSTED_PROXY_HOPS=1 in playwright.config.ts) and
 * sends that address in X-Forwarded-For, as nginx would append it.
 */

const e2eDatabaseUrl = () => embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });
const suffix = randomBytes(3).toString("hex");
let nextAddress = 10;

async function visitor(browser: Browser, userAgent?: string) {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${nextAddress++}` }, ...(userAgent ? { userAgent } : {}) });
}

test("a search with no results by three different visitors becomes a demand signal; one visitor's search does not", async ({ browser, page }) => {
  test.setTimeout(180_000);
  // Czech visitors look for something on the German side and find nothing.
  // Words no firm, dictionary concept or typo rule knows, so nothing is found for them.
  const wanted = `Qwzent${suffix}`;
  const lonely = `Qwzlone${suffix}`;
  for (let i = 0; i < 3; i++) {
    const context = await visitor(browser);
    const tab = await context.newPage();
    // The page is cached and the same for everybody; the browser reports the search it showed.
    const reported = tab.waitForResponse((r) => r.url().endsWith("/api/search/report") && r.status() === 204);
    await tab.goto(`/cs/search?q=${encodeURIComponent(wanted)}`);
    await expect(tab.getByRole("heading", { level: 2, name: new RegExp(wanted) })).toBeVisible();
    await reported;
    await context.close();
  }
  // One visitor searching again and again is still one visitor.
  const single = await visitor(browser);
  const singleTab = await single.newPage();
  for (let i = 0; i < 3; i++) {
    const reported = singleTab.waitForResponse((r) => r.url().endsWith("/api/search/report") && r.status() === 204);
    await singleTab.goto(`/cs/search?q=${encodeURIComponent(lonely)}`);
    await expect(singleTab.getByRole("heading", { level: 2, name: new RegExp(lonely) })).toBeVisible();
    await reported;
  }
  await single.close();

  // A German chamber's employee opens the demand signals.
  const email = `nachfrage-${suffix}@example.test`;
  await signUpAndSignIn(page, "de", "Nora Nachfrage", email);
  execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-organizer", email, `IHK Nachfrage ${suffix}`], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  await page.goto("/de/organizer/demand");
  await expect(page.getByRole("heading", { level: 1, name: "Nachfragesignale" })).toBeVisible();
  await expect(page.getByText("Was Käufer von der anderen Seite der Grenze in Deutschland suchen und nicht finden")).toBeVisible();
  const row = page.getByTestId("demand-row").filter({ hasText: wanted.toLowerCase() });
  // Counts are written just after each response; the page shows them once they are in.
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  // Language, filters, searches, visitors, results.
  const cells = row.getByRole("cell");
  for (const [i, text] of ["Tschechisch", "keine", "3", "3", "0"].entries()) await expect(cells.nth(i)).toHaveText(text);
  await expect(page.getByTestId("demand-row").filter({ hasText: lonely.toLowerCase() })).toHaveCount(0);

  // The same figures as CSV, for the chamber's report.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Als CSV herunterladen" }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of csv) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text).toContain(`;${wanted.toLowerCase()};cs;;;;3;3;0;`);
  expect(text).not.toContain(lonely.toLowerCase());
});

test("a company sees its profile views rise with visits from other browsers, not from its own members or bots", async ({ browser }) => {
  test.setTimeout(240_000);
  const name = `Profilzähler ${suffix} GmbH`;
  const { page } = await newCompanyUser(browser, "de", "Paula Profil", name, "insights");
  await publishGermanCompany(page, {
    name,
    city: "Görlitz",
    email: `kontakt-${suffix}@example.test`,
    description: "Wir fertigen Blechteile und Baugruppen für den Maschinenbau in der Oberlausitz.",
    offer: { title: "Laserschneiden von Blechen", description: "Laserschneiden bis 20 mm Stahl, kurzfristig und in kleinen Serien." },
  });
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>(`SELECT slug FROM "Organization" WHERE name = $1`, [name]);
  await client.end();
  const profile = `/de/companies/${rows[0].slug}`;

  const card = page.getByRole("region", { name: `Profilstatistik von ${name}` });
  const views = card.locator("td[data-field=profileViews]");
  await page.goto("/de/account");
  await expect(card.getByText("Noch keine Zahlen.")).toBeVisible();

  // The company's own member looks at the profile, twice: nothing counts.
  await page.goto(profile);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.reload();
  // So does a crawler.
  const crawler = await visitor(browser, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
  await (await crawler.newPage()).goto(profile);
  await crawler.close();
  await page.goto("/de/account");
  await expect(card.getByText("Noch keine Zahlen.")).toBeVisible();

  // Two people in other browsers, at their own addresses; one of them reloads.
  for (let i = 0; i < 2; i++) {
    const context = await visitor(browser);
    const tab = await context.newPage();
    await tab.goto(profile);
    await expect(tab.getByRole("heading", { level: 1, name })).toBeVisible();
    if (i === 0) await tab.reload();
    await context.close();
  }
  await expect(async () => {
    await page.reload();
    await expect(views).toHaveText("2", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // The owner's own visits still change nothing.
  await page.goto(profile);
  await page.goto("/de/account");
  await expect(views).toHaveText("2");
});
