// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { publishGermanCompany } from "./support/companies";
import { expect, test } from "./support/test";
import { newCompanyUser } from "./support/users";

/**
 * Public pages read their data from Next.js's cache. A visitor who has already seen a profile,
 * so that it is cached, sees the owner's edit, a withdrawn offer and an unpublished profile on
 * the next visit, within seconds and without anything else happening in between.
 */

const suffix = randomBytes(3).toString("hex");

test("a cached profile and home page follow the owner's edit, withdrawn offer and unpublishing", async ({ browser }) => {
  test.setTimeout(240_000);
  const name = `Zwischenspeicher ${suffix} GmbH`;
  const offer = `Pulverbeschichten ${suffix}`;
  const { page: owner } = await newCompanyUser(browser, "de", "Carla Cache", name, "cache");
  await publishGermanCompany(owner, {
    name,
    city: "Zittau",
    email: `cache-${suffix}@example.test`,
    description: "Wir beschichten Stahlteile in allen RAL-Farben für Kunden beiderseits der Neiße.",
    offer: { title: offer, description: "Pulverbeschichtung bis 6 m Teilelänge, auch Einzelstücke." },
  });

  // A visitor sees the company on the home page and opens its profile: both are cached now.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/de");
  await visitor.getByRole("link", { name }).first().click();
  await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(visitor.getByText("Wir beschichten Stahlteile in allen RAL-Farben")).toBeVisible();
  await expect(visitor.getByText(offer)).toBeVisible();
  const profile = new URL(visitor.url()).pathname;
  await visitor.reload();
  await expect(visitor.getByText("Wir beschichten Stahlteile in allen RAL-Farben")).toBeVisible();

  /** The visitor reloads until the page shows the change, for a few seconds at most. */
  const soon = async (check: () => Promise<void>) =>
    expect(async () => {
      await visitor.reload();
      await check();
    }).toPass({ timeout: 10_000 });

  // The owner rewrites the description.
  await owner.goto("/de/account/company");
  await owner.getByRole("button", { name: /^\d*\.?\s*Beschreibung$/ }).click();
  await owner.getByLabel("Beschreibung auf Deutsch").fill("Neu: Wir beschichten jetzt auch Aluminiumprofile für Fassaden.");
  await owner.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(owner.getByText("Das Profil wurde gespeichert.")).toBeVisible();
  await soon(() => expect(visitor.getByText("Neu: Wir beschichten jetzt auch Aluminiumprofile")).toBeVisible({ timeout: 1_000 }));
  await expect(visitor.getByText("Wir beschichten Stahlteile in allen RAL-Farben")).toHaveCount(0);

  // The owner withdraws the offer.
  await owner.goto("/de/account/company/listings");
  const row = owner.getByRole("listitem").filter({ hasText: offer });
  await row.getByRole("button", { name: "Zurückziehen" }).click();
  await expect(row.getByRole("button", { name: "Veröffentlichen" })).toBeVisible();
  await soon(() => expect(visitor.getByText(offer)).toHaveCount(0, { timeout: 1_000 }));

  // The owner takes the profile offline: it is gone from its address and from the home page.
  await owner.goto("/de/account/company");
  await owner.getByRole("button", { name: /Prüfen & veröffentlichen/ }).click();
  await owner.getByRole("button", { name: "Veröffentlichung zurücknehmen" }).click();
  await expect(owner.getByText("Das Profil ist nicht mehr öffentlich.")).toBeVisible();
  await soon(async () => {
    const response = await visitor.goto(profile);
    expect(response?.status()).toBe(404);
  });
  await visitor.goto("/de");
  await expect(visitor.getByRole("link", { name })).toHaveCount(0);
});
