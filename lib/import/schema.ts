// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { compactRegisterNumber, isValidIco, vatIdProblem } from "../companies/register-numbers";

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

/**
 * The messages of the format's own rules. The command line speaks English; the browser import
 * passes sentences in the staff member's language (zod's own issues go through its error map).
 */
export type ImportRuleMessages = {
  needsText: string;
  unknownIndustry: (code: string) => string;
  country: string;
  website: string;
  language: string;
  ico: string;
  vatId: string;
};

export const ENGLISH_RULE_MESSAGES: ImportRuleMessages = {
  needsText: "needs text in at least one of de, cs, en",
  unknownIndustry: (code) => `unknown NACE code "${code}"`,
  country: "must be a two-letter country code such as DE or CZ",
  website: "must be an http(s) address",
  language: "must be a language code such as de",
  ico: "must be an IČO of 8 digits with a valid check digit",
  vatId: "must be a VAT ID such as DE136695976 or CZ27082440",
};

export function importCompanySchema(knownIndustries: ReadonlySet<string>, say: ImportRuleMessages = ENGLISH_RULE_MESSAGES) {
  const requiredLocalized = (max: number) =>
    localizedText(max).refine((v) => Boolean(v.de || v.cs || v.en), { message: say.needsText });
  const industryCodes = z
    .array(z.string().trim())
    .max(20)
    .superRefine((codes, ctx) => {
      codes.forEach((code, i) => {
        if (!knownIndustries.has(code)) {
          ctx.addIssue({ code: "custom", path: [i], message: say.unknownIndustry(code.slice(0, 20)) });
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
        .regex(/^[A-Z]{2}$/, say.country),
      region: text(120).optional(),
      city: text(120).optional(),
      postalCode: text(20).optional(),
      street: text(200).optional(),
      website: z
        .url({ protocol: /^https?$/, message: say.website })
        .max(300)
        .optional(),
      email: z.email().max(200).optional(),
      phone: text(40).optional(),
      employees: z.enum(EMPLOYEE_BANDS).optional(),
      foundedYear: z.number().int().min(1700).max(new Date().getFullYear()).optional(),
      languages: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, say.language)).max(10).optional(),
      industries: industryCodes.optional(),
      certifications: z.array(text(80)).max(30).optional(),
      description: localizedText(MAX_DESCRIPTION).optional(),
      offers: z.array(listing).max(50).optional(),
      seeks: z.array(listing).max(50).optional(),
      // Register numbers find the company when another institution already listed it.
      ico: z.string().trim().refine(isValidIco, say.ico).transform(compactRegisterNumber).optional(),
      vatId: z
        .string()
        .trim()
        .refine((v) => vatIdProblem(v) === null, say.vatId)
        .transform(compactRegisterNumber)
        .optional(),
      // A Handelsregister entry such as "HRB 12345, Amtsgericht Dresden"; compared without spaces and punctuation.
      commercialRegister: text(120).optional(),
      // Where the institution reaches the company (claim invitations); private, never published.
      contactEmail: z.email().max(200).optional(),
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
