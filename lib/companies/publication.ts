// SPDX-License-Identifier: EUPL-1.2
/**
 * What a profile needs before it goes into the directory and search: enough for a visitor on
 * the other side of the border to understand what the company does and how to reach it.
 */
export const PUBLICATION_REQUIREMENTS = ["name", "city", "description", "industries", "contact"] as const;
export type PublicationRequirement = (typeof PUBLICATION_REQUIREMENTS)[number];

export interface PublishableProfile {
  name: string | null;
  city: string | null;
  descriptionDe: string | null;
  descriptionCs: string | null;
  descriptionEn: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  industryCount: number;
}

const filled = (v: string | null | undefined) => Boolean(v?.trim());

/** The requirements a profile does not meet yet, in the order the editor asks for them. */
export function missingForPublication(p: PublishableProfile): PublicationRequirement[] {
  const met: Record<PublicationRequirement, boolean> = {
    name: filled(p.name),
    city: filled(p.city),
    description: filled(p.descriptionDe) || filled(p.descriptionCs) || filled(p.descriptionEn),
    industries: p.industryCount > 0,
    contact: filled(p.website) || filled(p.email) || filled(p.phone),
  };
  return PUBLICATION_REQUIREMENTS.filter((r) => !met[r]);
}

/** The profile field the editor highlights for a missing requirement. */
export const REQUIREMENT_FIELD: Record<PublicationRequirement, string> = {
  name: "name",
  city: "city",
  description: "description",
  industries: "industries",
  contact: "email",
};
