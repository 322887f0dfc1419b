// SPDX-License-Identifier: EUPL-1.2
import { getDomain, getDomainWithoutSuffix, parse } from "tldts";
import freeMail from "./data/free-mail-domains.json";

/**
 * Whether a person's address shows that they work for a company: its registrable domain (the
 * part a company buys, "firma.cz" of "obchod.firma.cz", "firma.co.uk" of "mail.firma.co.uk",
 * looked up in the public suffix list) is the one of the company's website. Addresses at free
 * mail providers never count, whatever the website says: anyone can open a mailbox there.
 */

// Private suffixes too: "foo.blogspot.com" belongs to whoever writes that blog, not to Google.
const OPTIONS = { allowPrivateDomains: true } as const;

const FREE_DOMAINS: ReadonlySet<string> = new Set(freeMail.domains);
const FREE_BRANDS: ReadonlySet<string> = new Set(freeMail.brands);

/** The registrable domain of a host name, a URL or a bare "firma.cz"; null for IPs, localhost or junk. */
export function registrableDomain(hostOrUrl: string | null | undefined): string | null {
  const value = hostOrUrl?.trim().toLowerCase();
  if (!value) return null;
  const parsed = parse(value, OPTIONS);
  if (parsed.isIp) return null;
  return getDomain(value, OPTIONS);
}

/** The registrable domain of an email address's host part. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return null;
  return registrableDomain(email.slice(at + 1));
}

/** A provider that hands out mailboxes to anyone (gmail.com, seznam.cz, web.de, yahoo.* …). */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (FREE_DOMAINS.has(d)) return true;
  const brand = getDomainWithoutSuffix(d, OPTIONS);
  return brand !== null && FREE_BRANDS.has(brand);
}

export type DomainVerdict = "match" | "free-mail" | "no-website" | "mismatch";

/** Whether a claim by the owner of `email` may be accepted at once for a company with this website. */
export function domainVerdict(email: string, website: string | null | undefined): DomainVerdict {
  const mail = emailDomain(email);
  if (!mail) return "mismatch";
  if (isFreeMailDomain(mail)) return "free-mail";
  const site = registrableDomain(website);
  if (!site) return "no-website";
  // A website on a free mail provider's domain proves as little as the address would.
  if (isFreeMailDomain(site)) return "mismatch";
  return site === mail ? "match" : "mismatch";
}
