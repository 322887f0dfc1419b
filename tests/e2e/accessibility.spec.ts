// SPDX-License-Identifier: EUPL-1.2
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { newCompanyUser, signUpAndSignIn } from "./support/users";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";

/**
 * Every page type, as the visitor, the company and the organizer see it, checked two ways:
 * axe for WCAG 2.1 A and AA, and the Nu HTML checker for the markup the server sends.
 * Plus the keyboard path through the search page: skip link and facet checkboxes.
 */

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const suffix = randomBytes(3).toString("hex");
// The web server's embedded PostgreSQL (playwright.config.ts), for the admin command that makes an organizer.
const e2eDatabaseUrl = () =>
  embeddedDatabaseUrl({
    dataDir: process.env.E2E_PG_DIR ?? ".data/e2e-postgres",
    port: Number(process.env.E2E_PG_PORT ?? 54396),
    database: "portal",
  });

/** Runs axe on the page as it is now and reports each violation with the elements it concerns. */
async function expectNoAxeViolations(page: Page, name: string) {
  const analyze = () => new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // A page that replaces itself once after hydration (a client redirect) is analysed again once settled.
  const { violations } = await analyze().catch(async (e: Error) => {
    if (!/Execution context was destroyed/.test(e.message)) throw e;
    await page.waitForLoadState("networkidle");
    return analyze();
  });
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ")}`).join("\n    ")}`,
  );
  expect.soft(report, `axe violations on ${name} (${page.url()})`).toEqual([]);
}

test.describe("accessibility", () => {
  test("keyboard users skip the facets to the results and filter with Space", async ({ page }) => {
    await page.goto("/de/search?q=Metall");
    const firstResult = page.locator("#search-results ol > li").first().getByRole("link").first();
    await expect(firstResult).toBeVisible();

    // From the top of the page, the skip link comes right after the site header.
    const skip = page.getByRole("link", { name: "Zu den Ergebnissen springen" });
    let presses = 0;
    while (presses < 12 && !(await skip.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press("Tab");
      presses++;
    }
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#search-results")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(firstResult).toBeFocused();

    // Facets are checkboxes: Space on one applies the filter.
    const filters = page.getByRole("complementary", { name: "Filter" });
    const country = filters.getByRole("group", { name: "Land" });
    const czechia = country.getByRole("checkbox", { name: /^Tschechien/ });
    await expect(czechia).not.toBeChecked();
    await czechia.focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/[?&]country=CZ(&|$)/);
    await expect(czechia).toBeChecked();
    await expect(page.getByRole("link", { name: "Filter entfernen: Tschechien" })).toBeVisible();
    await expect(page.locator("#search-results ol > li").first()).toContainText("Tschechien");
    // And Space again takes it away.
    await czechia.focus();
    await page.keyboard.press("Space");
    await expect(page).not.toHaveURL(/country=/);
    await expect(czechia).not.toBeChecked();
  });

  test("every page type passes axe (WCAG 2.1 A/AA) and the Nu HTML checker", async ({ page, browser }) => {
    test.setTimeout(360_000);
    const pages: { name: string; html: string }[] = [];

    /** Opens a page, checks it with axe, and keeps the HTML the server sent for the Nu checker. */
    async function check(p: Page, name: string, url: string, status = 200) {
      const response = await p.goto(url);
      expect(response?.status(), `${name} (${url}) status`).toBe(status);
      // Client components settle (hydration, session fetch) before axe looks at the page.
      await p.waitForLoadState("networkidle");
      await expectNoAxeViolations(p, name);
      const html = await (await p.request.get(url)).text();
      pages.push({ name, html });
    }

    // Visitors.
    await check(page, "home", "/de");
    await check(page, "directory", "/de/companies");
    const companyHref = await page.locator("main article h2 a").first().getAttribute("href");
    await check(page, "company", companyHref!);
    await check(page, "search", "/de/search?q=Metall");
    await check(page, "search-with-filter", "/de/search?type=company&country=CZ");
    await check(page, "search-empty", "/de/search?q=zzqqxxvvkk");
    await check(page, "events", "/de/events");
    const eventHref = await page.locator("main article a").first().getAttribute("href");
    await check(page, "event", eventHref!);
    await check(page, "sign-up", "/de/sign-up");
    await check(page, "sign-in", "/de/sign-in");
    await check(page, "forgot-password", "/de/forgot-password");
    await check(page, "imprint", "/de/imprint");
    await check(page, "privacy", "/de/privacy");
    await check(page, "not-found", "/de/this-page-does-not-exist", 404);
    await check(page, "event-cs", eventHref!.replace(/^\/de\//, "/cs/"));

    // A company: dashboard, profile editor, listings, inbox, watchlist, saved searches.
    const company = await newCompanyUser(browser, "de", "Anna Barrierefrei", `Zugang Werkstatt ${suffix} GmbH`, "a11y");
    const c = company.page;
    await check(c, "dashboard", "/de/account");
    await check(c, "profile-editor", "/de/account/company");
    await check(c, "listings", "/de/account/company/listings");
    await check(c, "listing-editor", "/de/account/company/listings/new");
    await check(c, "inbox", "/de/account/inbox");
    await check(c, "watchlist", "/de/account/watchlist");
    await check(c, "saved-searches", "/de/account/saved-searches");
    await check(c, "team", "/de/account/team");
    await check(c, "settings", "/de/account/settings");
    await check(c, "privacy-settings", "/de/account/privacy");
    await c.context().close();

    // An organizer, made one by a platform admin: event list, editor, event page, participants.
    const organizerContext = await browser.newContext();
    const o = await organizerContext.newPage();
    const organizerEmail = `a11y-organizer-${suffix}@example.test`;
    await signUpAndSignIn(o, "de", "Olga Organisatorin", organizerEmail);
    execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-organizer", organizerEmail, `Kammer Zugang ${suffix}`], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      encoding: "utf8",
    });
    await check(o, "organizer-events", "/de/organizer");
    await check(o, "organizer-event-new", "/de/organizer/events/new");
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await o.getByLabel("Titel (Deutsch)").fill(`Sprechtag Barrierefreiheit ${suffix}`);
    await o.getByLabel("Beschreibung (Deutsch)").fill("Beratung für Unternehmen beiderseits der Grenze.");
    await o.getByLabel("Beginn", { exact: true }).fill(`${day}T09:00`);
    await o.getByLabel("Ende", { exact: true }).fill(`${day}T12:00`);
    await o.getByLabel("Veranstaltungsort").fill("Rathaus Pirna");
    await o.getByLabel("Adresse").fill("Am Markt 1");
    await o.getByLabel("Ort", { exact: true }).fill("Pirna");
    await o.getByLabel("Land", { exact: true }).selectOption({ label: "Deutschland" });
    await o.getByRole("button", { name: "Entwurf anlegen" }).click();
    await expect(o).toHaveURL(/\/de\/organizer\/events\/(?!new$)[^/]+$/);
    const eventId = o.url().split("/").pop()!;
    await check(o, "organizer-event", `/de/organizer/events/${eventId}`);
    await check(o, "organizer-event-editor", `/de/organizer/events/${eventId}/edit`);
    await check(o, "organizer-participants", `/de/organizer/events/${eventId}/registrations`);
    await organizerContext.close();

    // The Nu HTML checker, once over all pages: any error fails the run, listed per page.
    const dir = await mkdtemp(path.join(tmpdir(), "grenzpartner-vnu-"));
    try {
      const files = await Promise.all(
        pages.map(async ({ name, html }) => {
          const file = path.join(dir, `${name}.html`);
          await writeFile(file, html);
          return file;
        }),
      );
      const jar = String(createRequire(import.meta.url)("vnu-jar"));
      const run = spawnSync("java", ["-jar", jar, "--format", "json", "--stdout", "--errors-only", ...files], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.error, "java runs the Nu HTML checker").toBeUndefined();
      const messages = (JSON.parse(run.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] }).messages;
      const errors = messages
        .filter((m) => m.type === "error" || m.type === "non-document-error")
        .map((m) => `${path.basename(m.url ?? "?")}:${m.lastLine ?? "?"}: ${m.message}${m.extract ? `  «${m.extract.trim()}»` : ""}`);
      expect(errors, "Nu HTML checker errors").toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
