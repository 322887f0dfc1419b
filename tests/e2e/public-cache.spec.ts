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

test("a profile cached from a signed-in member's visit shows an anonymous visitor only a visitor's controls", async ({ browser }) => {
  test.setTimeout(240_000);
  const name = `Geteilte Seite ${suffix} GmbH`;
  const { page: owner } = await newCompanyUser(browser, "de", "Olga Eigner", name, "shared-owner");
  await publishGermanCompany(owner, {
    name,
    city: "Görlitz",
    email: `shared-${suffix}@example.test`,
    description: "Wir fräsen und drehen Präzisionsteile aus Edelstahl in kleinen und mittleren Serien.",
    offer: { title: `Drehteile ${suffix}`, description: "Drehteile bis 300 mm Durchmesser, ab Stückzahl eins." },
  });
  const { page: buyer } = await newCompanyUser(browser, "de", "Bruno Einkauf", `Einkauf ${suffix} GmbH`, "shared-buyer");

  // A member of another company is the first to open the profile: the cached page comes from that request.
  await buyer.goto("/de");
  await buyer.getByRole("link", { name }).first().click();
  await expect(buyer.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(buyer.getByTestId("send-enquiry")).toBeVisible();
  await expect(buyer.getByRole("button", { name: "Zu meinen Lieferanten" })).toBeVisible();
  const profile = new URL(buyer.url()).pathname;

  // The page's HTML is the same for everybody: nothing of the member's session is in it.
  const visitor = await (await browser.newContext()).newPage();
  const html = await (await visitor.request.get(profile)).text();
  expect(html).toContain("Wir fräsen und drehen Präzisionsteile");
  expect(html).not.toContain('data-testid="send-enquiry"');
  // The browser's messages hold every label; the compose link is what only a member's controls render.
  expect(html).not.toContain("/account/inbox/new");
  expect(html).not.toContain(`Einkauf ${suffix}`);

  // The visitor is offered to sign in, and nothing that only a member may do.
  const visitorControls = visitor.waitForResponse((r) => r.url().endsWith(`${profile.replace(/^\/de/, "/api")}/viewer`));
  await visitor.goto(profile);
  await visitorControls;
  await expect(visitor.getByTestId("send-enquiry-sign-in")).toBeVisible();
  await expect(visitor.getByTestId("send-enquiry")).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: "Zu meinen Lieferanten" })).toHaveCount(0);

  // The owner, on the same cached page, gets neither an enquiry to their own company nor a sign-in link.
  const ownerControls = owner.waitForResponse((r) => r.url().endsWith(`${profile.replace(/^\/de/, "/api")}/viewer`));
  await owner.goto(profile);
  await ownerControls;
  await expect(owner.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(owner.getByTestId("send-enquiry")).toHaveCount(0);
  await expect(owner.getByTestId("send-enquiry-sign-in")).toHaveCount(0);
  await expect(owner.getByRole("button", { name: "Zu meinen Lieferanten" })).toHaveCount(0);
});
