// SPDX-License-Identifier: EUPL-1.2
import slugify from "slugify";

/** URL slug from a company or event name: "Strojírna Chomutov s.r.o." → "strojirna-chomutov-s-r-o". */
export function baseSlug(name: string): string {
  const slug = slugify(name.replace(/[&+]/g, " "), { lower: true, strict: true, locale: "de" }).slice(0, 80);
  return slug.replace(/-+$/, "") || "firma";
}

/** Picks the first of base, base-2, base-3 … that is not taken. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!taken(candidate)) return candidate;
  }
}
