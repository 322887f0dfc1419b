// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { NACE } from "./nace-data";

/** Makes the Industry table match the bundled NACE taxonomy (idempotent). */
export async function syncIndustries(db: Db): Promise<number> {
  // Parents first, so the self-reference is always satisfied.
  const order = { section: 0, division: 1, group: 2, class: 3 } as const;
  const entries = [...NACE].sort((a, b) => order[a.level] - order[b.level]);
  await db.$transaction(async (tx) => {
    for (const e of entries) {
      const data = { level: e.level, parentCode: e.parent, nameDe: e.de, nameCs: e.cs, nameEn: e.en };
      await tx.industry.upsert({ where: { code: e.code }, create: { code: e.code, ...data }, update: data });
    }
  }, { timeout: 60_000 });
  return entries.length;
}

export const KNOWN_INDUSTRY_CODES: ReadonlySet<string> = new Set(NACE.map((e) => e.code));

/**
 * Loads the taxonomy into a database that lacks it: one that was only migrated
 * (`npm run db:migrate`) before its first import, as company records name their industries.
 */
export async function ensureIndustries(db: Db): Promise<void> {
  if ((await db.industry.count()) < NACE.length) await syncIndustries(db);
}
