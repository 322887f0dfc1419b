/**
 * Platform administration from the command line.
 *
 *   npm run admin -- grant-organizer <email> <organization name or slug> [--country CZ]
 *
 * grant-organizer makes a registered user organizer staff of a chamber or agency, creating the
 * organizer organization (published, in --country, default DE) when none has that slug or name.
 */
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/prisma";
import { grantOrganizerRole, GrantOrganizerError } from "../lib/events/organizers";
import { requireDatabaseUrl } from "./lib/env";

const USAGE = "usage: npm run admin -- grant-organizer <email> <organization name or slug> [--country CZ]";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { country: { type: "string" } },
});
const [command, email, ...nameParts] = positionals;

if (command !== "grant-organizer" || !email || !nameParts.length) {
  console.error(command && command !== "grant-organizer" ? `Error: unknown command "${command}"\n${USAGE}` : USAGE);
  process.exit(1);
}
if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) {
  console.error("Error: --country expects a two-letter country code such as DE or CZ");
  process.exit(1);
}

const db = createPrismaClient(requireDatabaseUrl(), 1);
try {
  const result = await grantOrganizerRole(db, { email, organization: nameParts.join(" "), country: values.country });
  const org = `${result.organization.name} (${result.organization.slug})`;
  if (result.organization.created) console.log(`Created organizer organization ${org}.`);
  const verdict = {
    granted: `${result.user.email} is now an organizer of ${org}.`,
    changed: `${result.user.email} is now an organizer of ${org} (role changed).`,
    unchanged: `${result.user.email} already manages events of ${org}; nothing changed.`,
  };
  console.log(verdict[result.membership]);
} catch (e) {
  if (e instanceof GrantOrganizerError) {
    console.error(`Error: ${e.message}`);
    process.exitCode = 1;
  } else {
    throw e;
  }
} finally {
  await db.$disconnect();
}
