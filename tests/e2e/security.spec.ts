// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { waitForMail } from "./support/mailbox";
import { PASSWORD, signUpAndSignIn, UI } from "./support/users";

const HOSTILE = "/%09/evil.example/phish";

test.describe("sign-in callbacks", () => {
  test("a hostile callback ends on the account page, on the portal", async ({ browser, baseURL }) => {
    const offsite: string[] = [];
    const contexts: BrowserContext[] = [];
    // Each step in a browser of its own, without cookies: clearing them in one would race with a
    // session refresh that the page before had under way, and the next page would be signed in.
    const newPage = async () => {
      const context = await browser.newContext();
      contexts.push(context);
      await context.route(
        (url) => url.hostname.endsWith("evil.example"),
        (route) => {
          offsite.push(route.request().url());
          return route.abort();
        },
      );
      return context.newPage();
    };
    const email = `callback-${randomBytes(3).toString("hex")}@example.test`;
    let page = await newPage();
    await signUpAndSignIn(page, "de", "Hana Callback", email);

    // Signed in already: the sign-in page sends the visitor on, and not to the callback's host.
    await page.goto(`/de/sign-in?callbackUrl=${encodeURIComponent("//evil.example/phish")}`);
    await expect(page).toHaveURL(`${baseURL}/de/account`);

    page = await newPage();
    await page.goto(`/de/sign-in?callbackUrl=${encodeURIComponent(HOSTILE)}`);
    await page.getByLabel(UI.de.email, { exact: true }).fill(email);
    await page.getByLabel(UI.de.password, { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: UI.de.signIn }).last().click();
    await expect(page).toHaveURL(`${baseURL}/de/account`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(offsite).toEqual([]);

    // Signing up again with the address mails "you already have an account": its link stays plain.
    page = await newPage();
    await page.goto(`/de/sign-up?callbackUrl=${encodeURIComponent(HOSTILE)}`);
    await page.getByLabel(UI.de.name).fill("Hana Callback");
    await page.getByLabel(UI.de.email, { exact: true }).fill(email);
    await page.getByLabel(UI.de.password, { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: UI.de.signUp }).click();
    await expect(page.getByText(UI.de.sent(email))).toBeVisible();
    const mail = await waitForMail(email, (m) => m.subject === "Sie haben bereits ein Konto bei Grenzpartner");
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(new URL(link).origin).toBe(baseURL);
      expect(decodeURIComponent(link)).not.toContain("evil.example");
    }
    for (const context of contexts) await context.close();
  });
});

test.describe("security headers", () => {
  test("public pages share one policy without a nonce; signed-in areas get a nonce per request", async ({
    request,
  }) => {
    const publicPages = await Promise.all(["/de", "/de/companies"].map((p) => request.get(p)));
    const publicPolicy = publicPages[0].headers()["content-security-policy"];
    expect(publicPolicy).toContain("frame-ancestors 'none'");
    expect(publicPolicy).not.toContain("nonce-");
    expect(publicPages[1].headers()["content-security-policy"]).toBe(publicPolicy);
    for (const response of publicPages) {
      expect(response.headers()["permissions-policy"]).toContain("camera=()");
      expect(response.headers()["cross-origin-opener-policy"]).toBe("same-origin");
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      // PUBLIC_URL is http in this run: no HSTS (the https case is a unit test).
      expect(response.headers()["strict-transport-security"]).toBeUndefined();
    }

    const first = await request.get("/de/sign-in");
    const second = await request.get("/de/sign-in");
    const nonce = /'nonce-([^']+)'/.exec(first.headers()["content-security-policy"])?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    // Every script Next.js wrote into the page carries this response's nonce.
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const api = await request.get("/api/health");
    expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  });

  test("the policy refuses framing, injected scripts and other origins, and the suite notices", async ({
    page,
    baseURL,
    cspViolations,
  }) => {
    // Each refusal below is a violation the shared `test` reports; they are expected here only.
    const seen = (directive: string) => cspViolations.some((v) => v.includes(directive));

    // Markup injected into a signed-in page cannot run its event handlers.
    await page.goto("/de/sign-in");
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img src="/missing.png" onerror="window.__injected = true">');
    });
    await expect.poll(() => seen("script-src-attr")).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();

    await page.goto("/de/companies");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.src = "https://cdn.evil.example/x.js";
      document.head.append(script);
    });
    await expect.poll(() => cspViolations.some((v) => v.includes("cdn.evil.example"))).toBe(true);

    await page.setContent(`<iframe src="${baseURL}/de"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);

    cspViolations.length = 0;
  });
});

/** A GET straight to the server with a Host header of the attacker's choice (fetch cannot set Host). */
function getWithHost(
  baseURL: string,
  path: string,
  host: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        headers: { Host: host, "X-Forwarded-Host": host, "X-Forwarded-Proto": "https" },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

test("canonical, alternate and Open Graph links use PUBLIC_URL, whatever Host the request names", async ({
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const page = await getWithHost(origin, "/cs/companies", "evil.example");
  expect(page.status).toBe(200);
  const links = [...page.body.matchAll(/<link\b[^>]*rel="(?:canonical|alternate)"[^>]*>/g)].map((m) => m[0]);
  expect(links.length).toBeGreaterThanOrEqual(4);
  for (const link of links) expect(link).toMatch(new RegExp(`href="${origin}/(de|cs|en)/companies"`));
  const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(page.body)?.[1];
  if (ogUrl) expect(new URL(ogUrl).origin).toBe(origin);
  expect(page.body).not.toContain("evil.example");

  const linkHeader = String(page.headers["link"] ?? "");
  expect(linkHeader).toContain(`<${origin}/de/companies>; rel="alternate"; hreflang="de"`);
  expect(linkHeader).not.toContain("evil.example");

  const sitemap = await getWithHost(origin, "/sitemap.xml", "evil.example");
  expect(sitemap.body).toContain(`<loc>${origin}/de</loc>`);
  expect(sitemap.body).not.toContain("evil.example");

  const redirect = await getWithHost(origin, "/companies", "evil.example");
  expect(redirect.status).toBeGreaterThanOrEqual(300);
  expect(redirect.status).toBeLessThan(400);
  // The proxy names PUBLIC_URL (see the unit test); Next.js then shortens a same-origin Location
  // and states it against its own listening address. Either way, never the Host header's.
  const location = new URL(String(redirect.headers.location), origin);
  expect(location.pathname).toMatch(/^\/(de|cs|en)\/companies$/);
  expect([new URL(origin).host, `localhost:${new URL(origin).port}`]).toContain(location.host);
});
