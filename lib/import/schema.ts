// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";

/**
 * The bulk import format (documented in docs/import-format.schema.json). Each record is
 * validated on its own so one bad record never stops the others.
 */
export const EMPLOYEE_BANDS = ["1-9", "10-49", "50-249", "250+"] as const;
export const MAX_DESCRIPTION = 10_000;
export const MAX_TITLE = 200;

const text = (max: number) => z.string().trim().min(1).max(max);

export const localizedText = (max: number) =>
  z
    .object({ de: text(max).optional(), cs: text(max).optional(), en: text(max).optional() })
    .strict();

const requiredLocalized = (max: number) =>
  localizedText(max).refine((v) => Boolean(v.de || v.cs || v.en), {
    message: "needs text in at least one of de, cs, en",
  });

export function importCompanySchema(knownIndustries: ReadonlySet<string>) {
  const industryCodes = z
    .array(z.string().trim())
    .max(20)
    .superRefine((codes, ctx) => {
      codes.forEach((code, i) => {
        if (!knownIndustries.has(code)) {
          ctx.addIssue({ code: "custom", path: [i], message: `unknown NACE code "${code.slice(0, 20)}"` });
        }
      });
    });
  const listing = z
    .object({
      title: requiredLocalized(MAX_TITLE),
      description: localizedText(MAX_DESCRIPTION).optional(),
      industries: industryCodes.optional(),
      validUntil: z.iso.date().optional(),
    })
    .strict();
  return z
    .object({
      externalId: text(100),
      name: text(200),
      legalForm: text(60).optional(),
      country: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, "must be a two-letter country code such as DE or CZ"),
      region: text(120).optional(),
      city: text(120).optional(),
      postalCode: text(20).optional(),
      street: text(200).optional(),
      website: z
        .url({ protocol: /^https?$/, message: "must be an http(s) address" })
        .max(300)
        .optional(),
      email: z.email().max(200).optional(),
      phone: text(40).optional(),
      employees: z.enum(EMPLOYEE_BANDS).optional(),
      foundedYear: z.number().int().min(1700).max(new Date().getFullYear()).optional(),
      languages: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, "must be a language code such as de")).max(10).optional(),
      industries: industryCodes.optional(),
      certifications: z.array(text(80)).max(30).optional(),
      description: localizedText(MAX_DESCRIPTION).optional(),
      offers: z.array(listing).max(50).optional(),
      seeks: z.array(listing).max(50).optional(),
    })
    .strict();
}

export type ImportCompanyInput = z.infer<ReturnType<typeof importCompanySchema>>;

export const EMPLOYEE_BAND_TO_DB = {
  "1-9": "E1_9",
  "10-49": "E10_49",
  "50-249": "E50_249",
  "250+": "E250_PLUS",
} as const;
