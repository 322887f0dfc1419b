// SPDX-License-Identifier: EUPL-1.2
/** A configuration problem an operator can fix, reported in one line without a stack trace. */
export class ConfigError extends Error {}

export function parseDatabaseUrl(raw: string, name = "DATABASE_URL"): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `${name} is malformed: expected postgresql://user:password@host:port/database`,
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(
      `${name} is malformed: it must start with postgresql:// (got "${url.protocol}")`,
    );
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError(`${name} is malformed: host and database name are required`);
  }
  return url;
}
