// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { NGINX, startTwoInstances, type TwoInstances } from "./support/two-instances";

/**
 * Rate limits behind nginx (tests/e2e/support/two-instances.ts): two app instances on one
 * database with TRUSTED_PROXY_HOPS=1 share every limit, and a client cannot get past one by
 * forging X-Forwarded-For, because only the address nginx saw counts.
 *
 * nginx is required under CI (.ci/run installs it); elsewhere the spec is skipped with a notice.
 */
if (!NGINX && !process.env.CI) {
  console.warn("[proxy-limits] skipped: nginx is not installed (apt-get install nginx); under CI it is required");
}

test.describe.configure({ mode: "serial" });
test.skip(!NGINX && !process.env.CI, "nginx is not installed");

const SEARCH_LIMIT = 120;
const SIGN_IN_LIMIT = 30;

let cluster: TwoInstances | null = null;
let proxyPort = 0;
let appPorts: number[] = [];
let failed = false;

const send: TwoInstances["send"] = (...args) => cluster!.send(...args);

test.afterEach(({}, info) => {
  if (info.status !== info.expectedStatus) failed = true;
});

const spoofed = () => `${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // Nothing here sends mail or needs the background jobs (the defaults of startTwoInstances).
  cluster = await startTwoInstances({ dataDir: ".data/e2e-proxy-postgres", pgPort: 54395 });
  ({ proxyPort, appPorts } = cluster);
});

test.afterAll(async () => {
  await cluster?.stop(failed);
});

test("rotating X-Forwarded-For does not get past the search limit, which both instances share", async () => {
  const upstreams = new Set<string>();
  const remaining: number[] = [];
  for (let i = 0; i < SEARCH_LIMIT; i++) {
    const answer = await send("127.0.0.1", "/api/v1/search?q=Fr%C3%A4sen", {
      headers: {
        // A new forged origin on every request, including the other client's address and the
        // header the portal's server uses internally.
        "X-Forwarded-For": i === 0 ? "127.0.0.2" : `${spoofed()}, ${spoofed()}`,
        "X-Real-IP": spoofed(),
        "X-Portal-Peer-Address": spoofed(),
      },
    });
    expect(answer.status, answer.text).toBe(200);
    upstreams.add(String(answer.headers["x-upstream"]));
    remaining.push(Number(answer.headers["x-ratelimit-remaining"]));
  }
  // Both instances answered, and they counted down one limit together.
  expect([...upstreams].sort()).toEqual(appPorts.map((p) => `127.0.0.1:${p}`).sort());
  expect(remaining).toEqual(Array.from({ length: SEARCH_LIMIT }, (_, i) => SEARCH_LIMIT - 1 - i));

  const refused = await send("127.0.0.1", "/api/v1/search?q=Fr%C3%A4sen", { headers: { "X-Forwarded-For": spoofed() } });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);

  // The address nginx saw is what counts: another client still has its whole allowance, even
  // though the first one claimed to be it.
  const other = await send("127.0.0.2", "/api/v1/search?q=Fr%C3%A4sen", { headers: { "X-Forwarded-For": "127.0.0.1" } });
  expect(other.status).toBe(200);
  expect(Number(other.headers["x-ratelimit-remaining"])).toBe(SEARCH_LIMIT - 1);
});

test("rotating X-Forwarded-For does not get past the sign-in limit per address", async () => {
  const from = "127.0.0.3";
  const attempt = async () => {
    const csrf = await send(from, "/api/auth/csrf", { headers: { "X-Forwarded-For": spoofed() } });
    const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
    const form = new URLSearchParams({
      csrfToken: (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken,
      email: `nobody-${randomBytes(4).toString("hex")}@example.test`,
      password: "a wrong password",
      json: "true",
    });
    const answer = await send(from, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, "X-Forwarded-For": spoofed() },
      body: form.toString(),
    });
    return new URL((JSON.parse(answer.text) as { url: string }).url).searchParams.get("error");
  };
  for (let i = 0; i < SIGN_IN_LIMIT; i++) expect(await attempt()).toBe("invalid");
  expect(await attempt()).toMatch(/^rate_limited:\d+$/);
});

test("rotating X-Forwarded-For does not get past a server action's limit; the refusal is localized", async ({ page }) => {
  // The browser connects from 127.0.0.1 and forges a new origin on every request it makes.
  await page.route("**/*", (route) =>
    route.continue({ headers: { ...route.request().headers(), "x-forwarded-for": spoofed() } }),
  );
  const ask = async () => {
    await page.goto(`http://127.0.0.1:${proxyPort}/de/forgot-password`);
    await page.getByLabel("E-Mail-Adresse").fill(`nobody-${randomBytes(4).toString("hex")}@example.test`);
    await page.getByRole("button", { name: "Link senden" }).click();
  };
  for (let i = 0; i < 10; i++) {
    await ask();
    await expect(page.getByText(/haben wir soeben einen Link zum Zurücksetzen geschickt/)).toBeVisible();
  }
  await ask();
  await expect(page.getByText(/^Zu viele Versuche\. Bitte versuchen Sie es in \d+ Minuten erneut\.$/)).toBeVisible();
});
