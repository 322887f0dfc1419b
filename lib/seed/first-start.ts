// SPDX-License-Identifier: EUPL-1.2
import pg from "pg";

/**
 * Demo data is loaded into an empty portal only: no companies yet and no record that demo data
 * was ever loaded. Whether migrations ran before (`npm run db:migrate` first) does not matter,
 * and a portal whose demo companies were all deleted on purpose does not get them back.
 */
export const DEMO_SEED_ACTION = "demo.seeded";

export async function needsDemoData(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ empty: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM "Organization" WHERE kind = 'COMPANY')
          AND NOT EXISTS (SELECT 1 FROM "AuditLog" WHERE action = $1) AS empty`,
      [DEMO_SEED_ACTION],
    );
    return rows[0].empty;
  } finally {
    await client.end();
  }
}
