// SPDX-License-Identifier: EUPL-1.2
import { createTestDatabase } from "./database";

/**
 * For tests that call the portal's own code (server actions, queries). Import this module
 * before any module of the app: it creates this test file's database and makes `lib/db` use it,
 * which must happen before `lib/db` is first loaded.
 *
 *   import { testDb } from "./support/app-database";   // first import
 *   import { signUpAction } from "@/lib/auth/actions/sign-up";
 *   afterAll(() => testDb.drop());
 */
export const testDb = await createTestDatabase();

process.env.DATABASE_URL = testDb.url;
// lib/db/index.ts reuses a client cached under this name instead of opening its own pool.
(globalThis as { portalPrisma?: unknown }).portalPrisma = testDb.db;
