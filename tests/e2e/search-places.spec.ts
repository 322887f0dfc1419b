// SPDX-License-Identifier: EUPL-1.2
import { expect, test } from "./support/test";

/**
 * The home page's example on the demo portal, in each language: a place in the words is searched
 * around, and the radius form narrows or widens it, with a clear notice for a place nobody knows.
 */

const cases = [
  {
    locale: "de",
    q: "Logistik in Liberec",
    understood: "Gesucht im Umkreis von 25 km um Liberec.",
    apply: "Umkreis anwenden",
  },
  { locale: "cs", q: "logistika v Liberci", understood: "Hledáno do 25 km od místa Liberec.", apply: "Použít okolí" },
  {
    locale: "en",
    q: "logistics in Liberec",
    understood: "Searching within 25 km of Liberec.",
    apply: "Apply distance",
  },
] as const;

for (const c of cases) {
  test(`${c.locale}: '${c.q}' lists the logistics firm in Hrádek nad Nisou and says where it searched`, async ({
    page,
  }) => {
    await page.goto(`/${c.locale}/search?q=${encodeURIComponent(c.q)}`);
    await expect(page.getByRole("heading", { level: 3, name: "Hrádecká logistika s.r.o." }).first()).toBeVisible();
    await expect(page.getByText(c.understood)).toBeVisible();
  });
}

test("the radius form searches around a place named in German, and refuses an unknown one in the visitor's language", async ({
  page,
}) => {
  await page.goto("/de/search?q=Logistik");
  const form = page.locator("aside").getByRole("button", { name: "Umkreis anwenden" }).locator("xpath=ancestor::form");
  await form.getByLabel("Ort").fill("Grottau");
  await form.getByLabel("Entfernung").selectOption("10");
  await form.getByRole("button", { name: "Umkreis anwenden" }).click();
  await expect(page).toHaveURL(/near=Grottau/);
  await expect(page).toHaveURL(/radius=10/);
  await expect(page.getByRole("heading", { level: 3, name: "Hrádecká logistika s.r.o." }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /bis 10 km um Grottau/ }).first()).toBeVisible();

  await page.goto("/cs/search?q=logistika&near=Atlantida");
  await expect(page.getByRole("alert").filter({ hasText: "Místo „Atlantida“ neznáme." })).toBeVisible();
});
