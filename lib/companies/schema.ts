// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { validationMessage } from "../validation/error-map";
import { REGIONS } from "../geo/places";
import { NACE } from "../taxonomy/nace-data";
import { COMPANY_COUNTRIES } from "./create-company-schema";
import { compactRegisterNumber, isValidIco, vatIdProblem } from "./register-numbers";

/**
 * The company profile as the editor sends it. The same schema checks the form in the browser
 * (step by step) and the input of updateCompanyProfileAction on the server. Messages come from
 * `Validation` (see lib/validation/error-map.ts); refinements name keys under `company.*`.
 */

export const PROFILE_COUNTRIES = [...COMPANY_COUNTRIES, "OTHER"] as const;
export type ProfileCountry = (typeof PROFILE_COUNTRIES)[number];

export const EMPLOYEE_BANDS = ["E1_9", "E10_49", "E50_249", "E250_PLUS"] as const;

/** Offered as checkboxes; labels come from Intl.DisplayNames in the UI language. */
export const SPOKEN_LANGUAGES = ["de", "cs", "en", "pl", "sk", "uk", "ru", "hu", "fr", "it", "es"] as const;

/** Suggestions only: any certification can be typed in. */
export const COMMON_CERTIFICATIONS = [
  "ISO 9001",
  "ISO 14001",
  "ISO 45001",
  "ISO 50001",
  "ISO/IEC 27001",
  "IATF 16949",
  "EN 9100",
  "ISO 13485",
  "EN 1090",
  "ISO 3834",
  "ISO 22000",
  "IFS Food",
  "BRCGS",
  "FSC",
  "PEFC",
  "EMAS",
] as const;

/** Suggestions for the legal form field, by country. */
export const LEGAL_FORMS: Record<"DE" | "CZ", readonly string[]> = {
  DE: [
    "GmbH",
    "UG (haftungsbeschränkt)",
    "GmbH & Co. KG",
    "KG",
    "OHG",
    "AG",
    "e. K.",
    "GbR",
    "Einzelunternehmen",
    "eG",
    "e. V.",
  ],
  CZ: ["s.r.o.", "a.s.", "v.o.s.", "k.s.", "družstvo", "fyzická osoba podnikající", "z.s.", "o.p.s."],
};

/** Divisions and classes; sections are too broad to describe what a company does. */
export const SELECTABLE_INDUSTRIES = NACE.filter((n) => n.level === "division" || n.level === "class");
// Any NACE code is accepted, so profiles imported with a broad section code stay editable.
const INDUSTRY_CODES: ReadonlySet<string> = new Set(NACE.map((n) => n.code));
const REGION_COUNTRY = new Map(REGIONS.map((r) => [r.id, r.country]));

export const PROFILE_LIMITS = {
  name: 200,
  legalForm: 60,
  city: 120,
  postalCode: 12,
  street: 200,
  website: 300,
  email: 200,
  phone: 40,
  description: 10_000,
  certification: 80,
  certifications: 30,
  industries: 20,
} as const;

export const FOUNDED_YEAR_MIN = 1800;

/** Empty input means "not given" and is stored as null; null is accepted back, so parsed values parse again. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

const phoneField = optionalText(PROFILE_LIMITS.phone).refine(
  (v) => v === null || (/^\+?[\d\s()/.-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5),
  validationMessage("company.phone"),
);

/** Adds https:// to "www.example.cz"; anything with another scheme (javascript:, ftp:) stays and is refused. */
function withScheme(value: string): string {
  return !value || /^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`;
}

/** Only web pages: the address becomes a link on the public profile. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") && /^[^.]+(\.[^.]+)+$/.test(url.hostname) && !url.username
    );
  } catch {
    return false;
  }
}

const websiteField = optionalText(PROFILE_LIMITS.website)
  .transform((v) => (v ? withScheme(v) : null))
  .refine((v) => v === null || isWebAddress(v), validationMessage("company.website"));

const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.union([z.literal(""), z.email().max(PROFILE_LIMITS.email)]))
  .nullish()
  .transform((v) => v || null);

const foundedYearField = z
  .preprocess(
    (v) =>
      v === "" || v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)) ? undefined : Number(v),
    z.number().int().min(FOUNDED_YEAR_MIN).max(new Date().getFullYear()).optional(),
  )
  .transform((v) => v ?? null);

const icoField = optionalText(20)
  .transform((v) => (v ? compactRegisterNumber(v) : null))
  .refine((v) => v === null || isValidIco(v), validationMessage("company.ico"));

const vatIdField = optionalText(20)
  .transform((v) => (v ? compactRegisterNumber(v) : null))
  .superRefine((v, ctx) => {
    const problem = v ? vatIdProblem(v) : null;
    if (problem) ctx.addIssue({ code: "custom", ...validationMessage(`company.${problem}`) });
  });

const descriptionText = z.string().trim().max(PROFILE_LIMITS.description).optional().default("");

// No text is required to save a draft: completeness is checked on publishing (lib/companies/publication.ts).
export const descriptionsField = z.object({ de: descriptionText, cs: descriptionText, en: descriptionText });

const certificationsField = z
  .array(z.string().trim().min(1).max(PROFILE_LIMITS.certification))
  .max(PROFILE_LIMITS.certifications)
  .transform((list) => [...new Map(list.map((c) => [c.toLowerCase(), c])).values()]);

const industriesField = z
  .array(z.string())
  .max(PROFILE_LIMITS.industries)
  .refine((codes) => codes.every((c) => INDUSTRY_CODES.has(c)), validationMessage("company.industry"))
  .transform((codes) => [...new Set(codes)]);

export const companyIdField = z.string().min(1).max(64);

/** Postal codes of the two main countries have a fixed shape; elsewhere anything short goes. */
const POSTAL_CODE = { DE: /^\d{5}$/, CZ: /^\d{3} ?\d{2}$/ } satisfies Partial<Record<ProfileCountry, RegExp>>;
const hasPostalCodeRule = (country: ProfileCountry): country is keyof typeof POSTAL_CODE => country in POSTAL_CODE;

export const companyProfileSchema = z
  .object({
    organizationId: companyIdField,
    name: z.string().trim().min(2).max(PROFILE_LIMITS.name),
    legalForm: optionalText(PROFILE_LIMITS.legalForm),
    country: z.enum(PROFILE_COUNTRIES),
    regionId: optionalText(64),
    city: optionalText(PROFILE_LIMITS.city),
    postalCode: optionalText(PROFILE_LIMITS.postalCode),
    street: optionalText(PROFILE_LIMITS.street),
    website: websiteField,
    email: emailField,
    phone: phoneField,
    foundedYear: foundedYearField,
    employees: z
      .union([z.literal(""), z.enum(EMPLOYEE_BANDS)])
      .nullish()
      .transform((v) => v || null),
    ico: icoField,
    vatId: vatIdField,
    // Imported profiles may list languages beyond the checkboxes; they are kept.
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .max(20)
      .transform((l) => [...new Set(l)]),
    industries: industriesField,
    certifications: certificationsField,
    description: descriptionsField,
  })
  .superRefine((p, ctx) => {
    if (p.regionId && REGION_COUNTRY.get(p.regionId) !== p.country) {
      ctx.addIssue({ code: "custom", path: ["regionId"], ...validationMessage("company.region") });
    }
    if (p.postalCode && hasPostalCodeRule(p.country) && !POSTAL_CODE[p.country].test(p.postalCode)) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], ...validationMessage(`company.postalCode${p.country}`) });
    }
  })
  .transform((p) => ({
    ...p,
    // One spelling in the database: "40001" and "400 01" are the same Czech code.
    postalCode:
      p.country === "CZ" && p.postalCode
        ? `${p.postalCode.replace(" ", "").slice(0, 3)} ${p.postalCode.slice(-2)}`
        : p.postalCode,
  }));

export type CompanyProfileInput = z.input<typeof companyProfileSchema>;
export type CompanyProfile = z.output<typeof companyProfileSchema>;

/** Fields of each editor step, so a step can be checked before the next one opens. */
export const PROFILE_STEPS = [
  { id: "basics", fields: ["name", "legalForm", "foundedYear", "employees", "ico", "vatId"] },
  { id: "location", fields: ["country", "regionId", "city", "postalCode", "street", "website", "email", "phone"] },
  { id: "industries", fields: ["industries", "languages", "certifications"] },
  { id: "descriptions", fields: ["description"] },
  { id: "logo", fields: [] },
  { id: "review", fields: [] },
] as const satisfies readonly { id: string; fields: readonly (keyof CompanyProfileInput)[] }[];

export type ProfileStepId = (typeof PROFILE_STEPS)[number]["id"];

export const companyRefSchema = z.object({ organizationId: companyIdField });

/** The logo arrives as multipart form data (organizationId, logo), the only way a browser sends a file to an action. */
export const uploadLogoSchema = z
  .instanceof(FormData)
  .transform(
    (form): Record<string, unknown> => ({ organizationId: form.get("organizationId"), logo: form.get("logo") }),
  )
  .pipe(z.object({ organizationId: companyIdField, logo: z.instanceof(Blob) }));

export const deleteCompanySchema = z.object({
  organizationId: companyIdField,
  /** The company's name typed again, so a slip of the mouse deletes nothing. */
  confirmName: z.string().trim().min(1).max(PROFILE_LIMITS.name),
});
