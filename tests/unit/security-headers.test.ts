// SPDX-License-Identifier: EUPL-1.2
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { contentSecurityPolicy, policyKindFor } from "@/lib/security/content-security-policy";

const previousUrl = process.env.PUBLIC_URL;
afterEach(() => {
  if (previousUrl === undefined) delete process.env.PUBLIC_URL;
  else process.env.PUBLIC_URL = previousUrl;
});

// What an attacker controls: the Host and X-Forwarded-* headers of a request to the server.
function forged(path: string, extra: Record<string, string> = {}) {
  return new NextRequest(`http://evil.example${path}`, {
    headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", ...extra },
  });
}

function directive(policy: string, name: string): string[] {
  const found = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found ? found.slice(1) : [];
}

describe("proxy: absolute URLs come from PUBLIC_URL", () => {
  it("builds hreflang links from PUBLIC_URL whatever the Host header says", async () => {
    process.env.PUBLIC_URL = "https://portal.example";
    const link = (await proxy(forged("/cs/companies/acme"))).headers.get("Link") ?? "";
    expect(link).toContain('<https://portal.example/de/companies/acme>; rel="alternate"; hreflang="de"');
    expect(link).toContain('<https://portal.example/cs/companies/acme>; rel="alternate"; hreflang="cs"');
    expect(link).toContain('<https://portal.example/de/companies/acme>; rel="alternate"; hreflang="x-default"');
    expect(link).not.toContain("evil.example");
  });

  it("redirects to the locale on PUBLIC_URL, not to the forged host", async () => {
    process.env.PUBLIC_URL = "https://portal.example";
    const response = await proxy(forged("/companies?page=2", { "accept-language": "cs" }));
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("Location")).toBe("https://portal.example/cs/companies?page=2");

    // Behind `next start`, the request URL carries the server's own address, not PUBLIC_URL.
    const local = new NextRequest("http://localhost:3100/companies", { headers: { host: "evil.example" } });
    expect((await proxy(local)).headers.get("Location")).toBe("https://portal.example/de/companies");
  });
});

describe("proxy: security headers", () => {
  it("gives public pages one fixed policy, without a nonce, and ignores a client's own", async () => {
    process.env.PUBLIC_URL = "http://localhost:3000";
    const a = await proxy(forged("/de/companies", { "content-security-policy": "script-src 'nonce-chosen'" }));
    const b = await proxy(forged("/de/companies"));
    const policy = a.headers.get("Content-Security-Policy") ?? "";
    expect(policy).toBe(b.headers.get("Content-Security-Policy"));
    expect(policy).not.toContain("nonce-");
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "script-src")).not.toContain("'unsafe-eval'");
    // The request Next.js renders from carries no policy, so it writes no nonce into the page.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBeNull();
  });

  it("gives signed-in, organizer and sign-in pages a fresh nonce per request, also to the renderer", async () => {
    process.env.PUBLIC_URL = "http://localhost:3000";
    for (const path of ["/de/account", "/cs/account/inbox/x", "/en/organizer/events/new", "/de/sign-in"]) {
      const first = await proxy(forged(path));
      const second = await proxy(forged(path));
      const policy = first.headers.get("Content-Security-Policy") ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(directive(policy, "script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
      expect(second.headers.get("Content-Security-Policy")).not.toBe(policy);
      expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    }
  });

  it("sends HSTS and upgrades subresources only when PUBLIC_URL is https", async () => {
    process.env.PUBLIC_URL = "http://localhost:3000";
    const plain = await proxy(forged("/de"));
    expect(plain.headers.get("Strict-Transport-Security")).toBeNull();
    expect(plain.headers.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");

    process.env.PUBLIC_URL = "https://portal.example";
    const secure = await proxy(forged("/de"));
    expect(secure.headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(secure.headers.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });
});

describe("contentSecurityPolicy", () => {
  it("allows eval only in development", () => {
    expect(directive(contentSecurityPolicy("public", { dev: true, https: false }), "script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directive(contentSecurityPolicy("nonce", { dev: true, https: false }, "abc"), "script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(directive(contentSecurityPolicy("nonce", { dev: false, https: false }, "abc"), "script-src")).not.toContain(
      "'unsafe-eval'",
    );
  });

  it("chooses the nonce policy only for pages that render per request", () => {
    expect(policyKindFor("/de/account")).toBe("nonce");
    expect(policyKindFor("/de/organizer")).toBe("nonce");
    expect(policyKindFor("/de/accountant")).toBe("public");
    expect(policyKindFor("/de/companies/account")).toBe("public");
    expect(policyKindFor("/account")).toBe("public");
  });
});
