// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from "./support/test";
import { baseSlug } from "../../lib/companies/slug";

const czechOnly = { name: "CNC Frézování Plzeň s.r.o.", slug: baseSlug("CNC Frézování Plzeň s.r.o.") };

test.describe("public pages in three languages", () => {
  for (const [locale, heading] of [
    ["de", "Neu auf der Plattform"],
    ["cs", "Nově na platformě"],
    ["en", "New on the platform"],
  ] as const) {
    test(`home page in ${locale} lists seeded companies and events`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      await expect(page.locator("section[aria-labelledby=newest] > ul > li")).toHaveCount(6);
      await expect(page.locator("section[aria-labelledby=upcoming] > ul > li").first()).toBeVisible();
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((l) => l.getAttribute("hreflang")),
      );
      expect(alternates).toEqual(expect.arrayContaining(["de", "cs", "en", "x-default"]));
    });
  }

  test("the root redirects by Accept-Language, German as fallback", async ({ browser }) => {
    // Chromium derives Accept-Language from the context locale.
    for (const [locale, expected] of [
      ["cs-CZ", "/cs"],
      ["en-GB", "/en"],
      ["fr-FR", "/de"],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe(expected);
      await context.close();
    }
  });

  test("directory paginates and links to company pages", async ({ page }) => {
    await page.goto("/en/companies");
    await expect(page.getByRole("heading", { level: 1, name: "Company directory" })).toBeVisible();
    await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
    await page.getByRole("link", { name: /Next page/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
    const first = page.locator("main article").getByRole("heading", { level: 2 }).getByRole("link").first();
    const name = await first.textContent();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
  });

  test("a Czech-only profile shows its Czech text with a note in the German UI", async ({ page }) => {
    await page.goto(`/de/companies/${czechOnly.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(czechOnly.name);
    await expect(page.getByTestId("language-fallback").first()).toHaveText("Dieser Text liegt nur auf Tschechisch vor.");
    await expect(page.locator('p[lang="cs"]').first()).toContainText("frézování");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ "@type": "Organization", name: czechOnly.name });
  });

  test("the language switcher keeps the current page", async ({ page }) => {
    await page.goto(`/de/companies/${czechOnly.slug}`);
    await page.getByRole("link", { name: "Čeština" }).click();
    await expect(page).toHaveURL(new RegExp(`/cs/companies/${czechOnly.slug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "cs");
    await expect(page.getByTestId("language-fallback")).toHaveCount(0);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/companies/${czechOnly.slug}$`));
    await expect(page.getByTestId("language-fallback").first()).toHaveText("This text is only available in Czech.");
  });

  test("events list and detail page with date in the visitor's format", async ({ page }) => {
    await page.goto("/cs/events");
    await expect(page.getByRole("heading", { level: 1, name: "Akce" })).toBeVisible();
    const cards = page.locator("main article");
    await expect(cards).toHaveCount(5);
    await cards.first().getByRole("heading", { level: 2 }).getByRole("link").click();
    await expect(page.getByText("Pořadatel")).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd["@type"]).toBe("Event");
  });

  test("unknown company, unknown path and unknown locale give the localized 404", async ({ page }) => {
    let response = await page.goto("/cs/companies/this-company-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Stránka nenalezena" })).toBeVisible();

    response = await page.goto("/en/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

    // An unknown locale is treated as a path below the negotiated locale (English for this browser).
    response = await page.goto("/xx/companies");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: /Page not found|Seite nicht gefunden/ })).toBeVisible();
  });

  test("health reports database and migrations", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.database.status).toBe("up");
    expect(body.migrations.pending).toEqual([]);
  });

  test("works on a phone-sized screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/de/companies");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeVisible();
  });
});
