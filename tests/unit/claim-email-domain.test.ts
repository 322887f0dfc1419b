// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { domainVerdict, emailDomain, isFreeMailDomain, registrableDomain } from "@/lib/claims/email-domain";

describe("registrable domain of a company website", () => {
  it.each([
    ["https://www.strojirna-most.cz/kontakt", "strojirna-most.cz"],
    ["strojirna-most.cz", "strojirna-most.cz"],
    ["HTTP://Shop.Elbtal-Metall.DE:8080/", "elbtal-metall.de"],
    ["www.anlagenbau.co.uk", "anlagenbau.co.uk"],
    ["https://elbtal.blogspot.com", "elbtal.blogspot.com"],
  ])("%s → %s", (website, domain) => {
    expect(registrableDomain(website)).toBe(domain);
  });

  it.each([null, "", "localhost", "http://192.168.0.10/", "not a website"])("has none for %s", (website) => {
    expect(registrableDomain(website)).toBeNull();
  });
});

describe("free mail providers", () => {
  it.each([
    "gmail.com",
    "seznam.cz",
    "web.de",
    "gmx.de",
    "email.cz",
    "outlook.com",
    "centrum.cz",
    "t-online.de",
    "yahoo.com",
    "yahoo.de",
    "yahoo.co.uk",
    "icloud.com",
    "hotmail.de",
  ])("%s is one", (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each(["strojirna-most.cz", "ihk-chemnitz.de", "yahooligans-bau.de"])("%s is not", (domain) => {
    expect(isFreeMailDomain(domain)).toBe(false);
  });
});

describe("a claim from the public profile", () => {
  it("is accepted at once from an address at the website's domain, also from a subdomain", () => {
    expect(domainVerdict("jana.novakova@strojirna-most.cz", "https://www.strojirna-most.cz")).toBe("match");
    expect(domainVerdict("vertrieb@mail.elbtal-metall.de", "elbtal-metall.de")).toBe("match");
    expect(emailDomain("vertrieb@mail.elbtal-metall.de")).toBe("elbtal-metall.de");
  });

  it("never from a free mail address, even when the website is on that provider", () => {
    expect(domainVerdict("strojirna.most@seznam.cz", "https://www.strojirna-most.cz")).toBe("free-mail");
    expect(domainVerdict("firma@gmail.com", "https://sites.gmail.com/firma")).toBe("free-mail");
    expect(domainVerdict("jan@yahoo.de", "yahoo.de")).toBe("free-mail");
  });

  it("not from another company's domain, a look-alike suffix or without a website", () => {
    expect(domainVerdict("jan@strojirna-most.com", "strojirna-most.cz")).toBe("mismatch");
    expect(domainVerdict("jan@evil-strojirna-most.cz", "strojirna-most.cz")).toBe("mismatch");
    expect(domainVerdict("jan@strojirna-most.cz.evil.de", "strojirna-most.cz")).toBe("mismatch");
    expect(domainVerdict("jan@strojirna-most.cz", null)).toBe("no-website");
    expect(domainVerdict("no-at-sign", "strojirna-most.cz")).toBe("mismatch");
  });
});
