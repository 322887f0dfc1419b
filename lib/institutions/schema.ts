// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { emailField } from "../auth/schema";
import { COMPANY_COUNTRIES } from "../companies/create-company-schema";
import { isWebAddress } from "../companies/schema";
import { REGIONS } from "../geo/places";
import { locales } from "../i18n/routing";
import { validationMessage } from "../validation/error-map";

export const INSTITUTION_TYPES = ["CHAMBER", "AGENCY", "ASSOCIATION", "RESEARCH"] as const;
export const VERIFICATION_SCOPES = ["MEMBERS", "REGION"] as const;

const REGION_COUNTRY = new Map(REGIONS.map((r) => [r.id, r.country]));
const id = z.string().min(1).max(64);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** A platform admin sets up an institution and names the person who will run it. */
export const createInstitutionSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    institutionType: z.enum(INSTITUTION_TYPES),
    country: z.enum(COMPANY_COUNTRIES),
    regionId: optionalText(64),
    website: optionalText(300)
      .transform((v) => (v && !/^[a-z][a-z\d+.-]*:/i.test(v) ? `https://${v}` : v))
      .refine((v) => v === null || isWebAddress(v), validationMessage("company.website")),
    verificationScope: z.enum(VERIFICATION_SCOPES),
    adminEmail: emailField,
    /** Language of the invitation mail to the first admin. */
    adminLocale: z.enum(locales),
  })
  .superRefine((input, ctx) => {
    if (input.regionId && REGION_COUNTRY.get(input.regionId) !== input.country) {
      ctx.addIssue({ code: "custom", path: ["regionId"], ...validationMessage("company.region") });
    }
    // A region scope without a region would let the institution vouch for nobody.
    if (input.verificationScope === "REGION" && !input.regionId) {
      ctx.addIssue({ code: "custom", path: ["regionId"], ...validationMessage("institution.regionForScope") });
    }
  });

export type CreateInstitutionInput = z.input<typeof createInstitutionSchema>;

/** Only platform admins change what an institution may vouch for. */
export const setVerificationScopeSchema = z.object({
  institutionId: id,
  verificationScope: z.enum(VERIFICATION_SCOPES),
});

/** Staff vouch for a company: at least one of the two checks must have been made. */
export const verifyCompanySchema = z
  .object({
    institutionId: id,
    companyId: id,
    memberChecked: z.boolean(),
    registerChecked: z.boolean(),
  })
  .refine((v) => v.memberChecked || v.registerChecked, {
    path: ["memberChecked"],
    ...validationMessage("institution.checkRequired"),
  });

export type VerifyCompanyInput = z.input<typeof verifyCompanySchema>;

export const revokeVerificationSchema = z.object({
  verificationId: id,
  reason: optionalText(500),
});
