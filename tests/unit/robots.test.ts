// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { buildRobots } from "@/lib/seo/robots";

describe("robots.txt", () => {
  const robots = buildRobots("https://grenzpartner.example");
  const rules = [robots.rules].flat();

  it("points crawlers to the sitemap by its absolute address", () => {
    expect(robots.sitemap).toBe("https://grenzpartner.example/sitemap.xml");
  });

  it("keeps crawlers out of the account and organizer areas in every language", () => {
    const disallow = rules.flatMap((r) => [r.disallow ?? []].flat());
    for (const locale of ["de", "cs", "en"]) {
      expect(disallow).toContain(`/${locale}/account`);
      expect(disallow).toContain(`/${locale}/organizer`);
    }
    expect(disallow.some((path) => /companies|events|search/.test(path))).toBe(false);
  });
});
