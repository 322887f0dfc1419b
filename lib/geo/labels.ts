// SPDX-License-Identifier: EUPL-1.2
import type { Lang } from "@/lib/i18n/localized";
import { REGIONS } from "./places";

const byId = new Map(REGIONS.map((r) => [r.id, r]));

export function regionName(id: string | null | undefined, locale: Lang): string | null {
  if (!id) return null;
  const region = byId.get(id);
  return region ? region[locale] : null;
}
