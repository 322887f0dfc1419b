// SPDX-License-Identifier: EUPL-1.2
import { applyMigrations } from "../lib/db/migrate";
import { requireDatabaseUrl } from "./lib/env";

const url = requireDatabaseUrl();
const report = await applyMigrations(url, { log: (m) => console.log(`[migrate] ${m}`) });
console.log(
  `[migrate] ${report.applied.length} applied, ${report.alreadyApplied.length} already up to date`,
);
