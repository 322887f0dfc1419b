// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { deleteCompanyAction } from "../../../lib/companies/actions/delete-company";
import { publishCompanyAction } from "../../../lib/companies/actions/publish-company";
import { removeCompanyLogoAction } from "../../../lib/companies/actions/remove-company-logo";
import { unpublishCompanyAction } from "../../../lib/companies/actions/unpublish-company";
import { updateCompanyProfileAction } from "../../../lib/companies/actions/update-company-profile";
import { uploadCompanyLogoAction } from "../../../lib/companies/actions/upload-company-logo";
import { logoForm, pngImage } from "../../support/images";
import { MEMBERS, OWNER_ONLY, rows, type MatrixFixture } from "./matrix";

// Logos written by these rows go to a throwaway folder, never into the checkout's .data.
process.env.UPLOAD_DIR ??= mkdtempSync(path.join(tmpdir(), "portal-matrix-uploads-"));

/** Fills in what publication requires, straight in the database. */
async function publishable(f: MatrixFixture, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  await f.db.organization.update({
    where: { id: f.company.id },
    data: {
      city: "Pirna",
      email: "info@example.test",
      descriptionDe: "Lohnfertigung für Drehteile.",
      status,
      industries: { create: [{ industryCode: "25.62" }] },
    },
  });
}

export default rows({
  updateCompanyProfileAction: {
    action: updateCompanyProfileAction,
    input: (f) => ({
      organizationId: f.company.id,
      name: "Präzision Pirna GmbH",
      legalForm: "GmbH",
      country: "DE" as const,
      regionId: "de-sn-saechsische-schweiz",
      city: "Pirna",
      postalCode: "01796",
      street: "Hauptstraße 1",
      website: "www.example.test",
      email: "info@example.test",
      phone: "+49 3501 123456",
      foundedYear: "1994",
      employees: "E10_49" as const,
      ico: "",
      vatId: "DE136695976",
      languages: ["de", "cs"],
      industries: ["25.62"],
      certifications: ["ISO 9001"],
      description: { de: "Drehen und Fräsen.", cs: "", en: "" },
    }),
    expect: MEMBERS,
    hidden: "organizationId",
    verify: async (f) => {
      const o = await f.db.organization.findUniqueOrThrow({
        where: { id: f.company.id },
        include: { industries: true },
      });
      expect(o).toMatchObject({
        name: "Präzision Pirna GmbH",
        website: "https://www.example.test",
        foundedYear: 1994,
        vatId: "DE136695976",
      });
      expect(o.industries.map((i) => i.industryCode)).toEqual(["25.62"]);
    },
  },
  publishCompanyAction: {
    action: publishCompanyAction,
    input: async (f) => {
      await publishable(f);
      return { organizationId: f.company.id };
    },
    expect: OWNER_ONLY,
    hidden: "organizationId",
    verify: async (f) => {
      const o = await f.db.organization.findUniqueOrThrow({ where: { id: f.company.id } });
      expect(o.status).toBe("PUBLISHED");
      expect(
        await f.db.searchOutbox.count({ where: { entityType: "COMPANY", entityId: f.company.id } }),
      ).toBeGreaterThan(0);
    },
  },
  unpublishCompanyAction: {
    action: unpublishCompanyAction,
    input: async (f) => {
      await publishable(f, "PUBLISHED");
      return { organizationId: f.company.id };
    },
    expect: OWNER_ONLY,
    hidden: "organizationId",
    verify: async (f) => {
      expect((await f.db.organization.findUniqueOrThrow({ where: { id: f.company.id } })).status).toBe("UNPUBLISHED");
    },
  },
  uploadCompanyLogoAction: {
    action: uploadCompanyLogoAction,
    input: async (f) => logoForm(f.company.id, await pngImage()),
    expect: MEMBERS,
    hidden: "organizationId",
    verify: async (f) => {
      const o = await f.db.organization.findUniqueOrThrow({ where: { id: f.company.id } });
      expect(o.logoPath).toMatch(/^[a-f0-9]{32}\.webp$/);
    },
  },
  removeCompanyLogoAction: {
    action: removeCompanyLogoAction,
    input: async (f) => {
      await f.db.organization.update({ where: { id: f.company.id }, data: { logoPath: `${"a".repeat(32)}.webp` } });
      return { organizationId: f.company.id };
    },
    expect: MEMBERS,
    hidden: "organizationId",
    verify: async (f) => {
      expect((await f.db.organization.findUniqueOrThrow({ where: { id: f.company.id } })).logoPath).toBeNull();
    },
  },
  deleteCompanyAction: {
    action: deleteCompanyAction,
    input: (f) => ({ organizationId: f.company.id, confirmName: f.company.name }),
    expect: OWNER_ONLY,
    hidden: "organizationId",
    verify: async (f) => {
      expect(await f.db.organization.count({ where: { id: f.company.id } })).toBe(0);
    },
  },
});
