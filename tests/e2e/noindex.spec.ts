// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { signUpAndSignIn } from "./support/users";

// The robots tag comes from the route groups' layouts, so every page below them has it without
// repeating it, and public pages stay indexable.
test("sign-in, account and organizer pages ask search engines not to index them; public pages do not", async ({ page }) => {
  const robots = page.locator('head meta[name="robots"]');

  for (const path of ["/de/sign-in", "/cs/sign-up", "/en/forgot-password"]) {
    await page.goto(path);
    await expect(robots, path).toHaveAttribute("content", /noindex/);
  }

  await page.goto("/de/companies");
  await expect(robots).toHaveCount(0);

  await signUpAndSignIn(page, "de", "Nora Nichtindex", `e2e-noindex-${randomBytes(4).toString("hex")}@example.test`);
  for (const path of ["/de/account", "/de/account/settings", "/de/account/team", "/de/account/inbox", "/de/organizer"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(robots, path).toHaveAttribute("content", /noindex/);
  }

  // An event's page is public; its participant pages (registration, agenda, meetings, participants) are not.
  await page.goto("/de/events");
  const eventPath = await page.locator('main a[href^="/de/events/"]').first().getAttribute("href");
  expect(eventPath).toMatch(/^\/de\/events\/[^/?#]+$/);
  await page.goto(eventPath!);
  await expect(robots).toHaveCount(0);
  // The other participant pages send a visitor who has not registered to this one.
  await page.goto(`${eventPath}/registration`);
  expect(new URL(page.url()).pathname).toBe(`${eventPath}/registration`);
  await expect(robots).toHaveAttribute("content", /noindex/);
});
