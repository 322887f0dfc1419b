// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { validationMessage } from "../validation/error-map";
import { NACE } from "../taxonomy/nace-data";
import { companyIdField } from "../companies/schema";

/**
 * Offers (products, services, free capacities) and requests ("we are looking for …"). Shared by
 * the listing form and the actions; messages come from `Validation` (keys under `listing.*`).
 */
export const LISTING_KINDS = ["OFFER", "REQUEST"] as const;
export const LISTING_CATEGORIES = ["PRODUCT", "SERVICE", "CAPACITY"] as const;

export const LISTING_LIMITS = { title: 200, description: 5_000, industries: 10 } as const;

const INDUSTRY_CODES: ReadonlySet<string> = new Set(NACE.map((n) => n.code));

const title = z.string().trim().max(LISTING_LIMITS.title).optional().default("");
const description = z.string().trim().max(LISTING_LIMITS.description).optional().default("");

/** Today in the portal's time zone as YYYY-MM-DD; an offer may end today but not yesterday. */
export function todayInPortalZone(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

const listingObject = z.object({
  kind: z.enum(LISTING_KINDS),
  category: z
    .union([z.literal(""), z.enum(LISTING_CATEGORIES)])
    .nullish()
    .transform((v) => v || null),
  title: z
    .object({ de: title, cs: title, en: title })
    .refine((t) => Boolean(t.de || t.cs || t.en), validationMessage("listing.titleRequired")),
  description: z.object({ de: description, cs: description, en: description }),
  industries: z
    .array(z.string())
    .max(LISTING_LIMITS.industries)
    .refine((codes) => codes.every((c) => INDUSTRY_CODES.has(c)), validationMessage("company.industry"))
    .transform((codes) => [...new Set(codes)]),
  validUntil: z
    .union([z.literal(""), z.iso.date()])
    .nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || v >= todayInPortalZone(), validationMessage("listing.validUntilPast")),
});

type ListingObjectOutput = z.output<typeof listingObject>;

function withListingRules<S extends z.ZodType<ListingObjectOutput>>(schema: S) {
  return schema
    .superRefine((l, ctx) => {
      if (l.kind === "OFFER" && !l.category) {
        ctx.addIssue({ code: "custom", path: ["category"], ...validationMessage("listing.categoryRequired") });
      }
      // A text whose language has no title would appear under another language's title.
      for (const lang of ["de", "cs", "en"] as const) {
        if (l.description[lang] && !l.title[lang]) {
          ctx.addIssue({ code: "custom", path: ["title", lang], ...validationMessage("listing.titleForDescription") });
        }
      }
    })
    .transform((l) => ({ ...l, category: l.kind === "OFFER" ? l.category : null }));
}

const listingId = z.string().min(1).max(64);

export const listingFormSchema = withListingRules(listingObject);
export const createListingSchema = withListingRules(listingObject.extend({ organizationId: companyIdField }));
export const updateListingSchema = withListingRules(listingObject.extend({ listingId }));
export const listingRefSchema = z.object({ listingId });

export type ListingFormInput = z.input<typeof listingFormSchema>;
export type CreateListingInput = z.input<typeof createListingSchema>;
export type UpdateListingInput = z.input<typeof updateListingSchema>;
