// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { E2E_MAIL_DIR, linkPath, waitForMail } from "./support/mailbox";
import { publishGermanCompany } from "./support/companies";
import { newCompanyUser, signUpAndSignIn } from "./support/users";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";

/**
 * A Czech buyer saves a search for "práškové lakování" with a daily email. A German company
 * publishes a powder-coating offer afterwards. `npm run alerts:send` mails the buyer a Czech
 * digest with the new offer; the unsubscribe link in it works without signing in.
 */

// The web server's embedded PostgreSQL (playwright.config.ts); the alert job runs against it.
// Read when needed: the server writes its generated password only once it has started.
const e2eDatabaseUrl = () => embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });
const suffix = randomBytes(3).toString("hex");
const germanCompany = `Pulverbeschichtung Freital ${suffix} GmbH`;

function sendAlerts(): string {
  return execFileSync("npm", ["run", "--silent", "alerts:send"], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), SMTP_URL: "", DEV_MAIL_DIR: E2E_MAIL_DIR, DEV_SMTP_PORT: "0" },
    encoding: "utf8",
  });
}

test("a saved search mails what is new in the buyer's language, and the mail's link stops it", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = `alerts-cs-${suffix}@example.test`;
  await signUpAndSignIn(page, "cs", "Lenka Horáková", email);

  await page.goto("/cs/search?q=pr%C3%A1%C5%A1kov%C3%A9%20lakov%C3%A1n%C3%AD");
  await page.getByTestId("save-search").click();
  await page.getByTestId("save-search-frequency").selectOption({ label: "Denně" });
  await page.getByTestId("save-search-submit").click();
  await expect(page.getByText("Hledání je uloženo.")).toBeVisible();

  const german = await newCompanyUser(browser, "de", "Frank Lackner", germanCompany, "coater");
  await publishGermanCompany(german.page, {
    name: germanCompany,
    city: "Freital",
    email: `info-${suffix}@example.test`,
    description: "Lohnbeschichtung für Metallbau und Maschinenbau im Raum Dresden.",
    offer: { title: "Pulverbeschichtung von Stahlteilen", description: "Pulverbeschichtung in allen RAL-Farben, Teile bis 6 m Länge." },
  });
  await german.page.context().close();

  // Wait until the new offer is searchable, as the digest reads the search index.
  await expect(async () => {
    await page.goto("/cs/search?q=pr%C3%A1%C5%A1kov%C3%A9%20lakov%C3%A1n%C3%AD");
    await expect(page.getByText(germanCompany).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });

  expect(sendAlerts()).toMatch(/ due: [1-9]\d* mailed/);
  const digest = await waitForMail(email, (m) => m.subject.includes("pro „práškové lakování“"));
  expect(digest.text).toContain("Pulverbeschichtung von Stahlteilen");
  expect(digest.text).toContain(germanCompany);
  // Published before the search was saved, so not new: none of the demo companies is listed.
  expect(digest.text).not.toContain("Schweißtechnik Pirna");

  // The same day again: nothing more is sent.
  expect(sendAlerts()).toMatch(/0 due/);

  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(linkPath(digest, "/alerts/unsubscribe/"));
  await expect(anonymous.getByTestId("alert-unsubscribed")).toContainText("práškové lakování");
  await visitor.close();

  await page.goto("/cs/account/saved-searches");
  await expect(page.getByTestId("saved-search-frequency")).toHaveValue("NONE");
});
