// SPDX-License-Identifier: EUPL-1.2
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";
import { hasMalformedPathEncoding, rejectMalformedRequest } from "@/lib/http/malformed-request";

const get = (path: string) => new Request(`http://portal.test${path}`);

describe("addresses Next.js cannot decode", () => {
  it.each(["/de/%", "/de/%e", "/de/%ff", "/%ff", "/api/events/%ff/ics", "/de/companies/%c3%28", "/de/a.%ff"])("finds %s", (path) => {
    expect(hasMalformedPathEncoding(path)).toBe(true);
  });

  it.each(["/", "/de/%25", "/de/companies/%C5%BEatec", "/de/%00", "/api/v1/search", "/de/%F0%9F%9A%80"])("lets %s through", (path) => {
    expect(hasMalformedPathEncoding(path)).toBe(false);
  });

  it("answers 400 in the language of the path", async () => {
    const response = await rejectMalformedRequest(get("/cs/%ff"), "/cs/%ff");
    expect(response?.status).toBe(400);
    expect(await response?.text()).toContain("Tato adresa je neplatná");
    const unprefixed = await rejectMalformedRequest(get("/%e"), "/%e");
    expect(await unprefixed?.text()).toContain("Diese Adresse ist ungültig");
  });
});

describe("percent signs in page addresses", () => {
  it("answers 404 in the language of the path, since no page address holds one", async () => {
    for (const path of ["/de/%25", "/cs/companies/%25", "/%25", "/en/a%2525b"]) {
      const response = await rejectMalformedRequest(get(path), path);
      expect(response?.status, path).toBe(404);
    }
    expect(await (await rejectMalformedRequest(get("/cs/%25"), "/cs/%25"))?.text()).toContain("Požadovaná stránka neexistuje");
  });

  it("leaves route handlers to answer for themselves", async () => {
    expect(await rejectMalformedRequest(get("/api/events/%25/ics"), "/api/events/%25/ics")).toBeNull();
  });
});

describe("server action posts", () => {
  const action = (body: string, headers: Record<string, string>) =>
    new Request("http://portal.test/de/sign-in", { method: "POST", body, headers: { "next-action": "7f04f7f39b9204866dd3caa4d2ab2b68826bc3e89a", ...headers } });

  it("refuses a body React cannot decode", async () => {
    const response = await rejectMalformedRequest(action("not json{", { "content-length": "9" }), "/de/sign-in");
    expect(response?.status).toBe(400);
  });

  it("refuses a body too large or of unknown size before reading it", async () => {
    expect((await rejectMalformedRequest(action("[]", { "content-length": String(7 * 1024 * 1024) }), "/de/sign-in"))?.status).toBe(413);
    const chunked = new Request("http://portal.test/de/sign-in", {
      method: "POST",
      headers: { "next-action": "x", "content-type": "text/plain" },
      body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("[]")), c.close()) }),
      duplex: "half",
    } as RequestInit);
    expect((await rejectMalformedRequest(chunked, "/de/sign-in"))?.status).toBe(411);
  });

  it("lets a well-formed action and route handler posts through", async () => {
    expect(await rejectMalformedRequest(action('[{"email":"a@example.com"}]', { "content-length": "27" }), "/de/sign-in")).toBeNull();
    const api = new Request("http://portal.test/api/auth/callback/credentials", { method: "POST", body: "garbage", headers: { "next-action": "x" } });
    expect(await rejectMalformedRequest(api, "/api/auth/callback/credentials")).toBeNull();
  });
});

describe("proxy", () => {
  it("does not send /%25 on to a bare /de/%", async () => {
    const response = await proxy(new NextRequest("http://portal.test/%25"));
    expect(response.status).toBe(404);
    expect(response.headers.get("Location")).toBeNull();
  });

  it("answers an undecodable address with 400 instead of routing it", async () => {
    for (const path of ["/de/%ff", "/api/events/%e/ics", "/%"]) expect((await proxy(new NextRequest(`http://portal.test${path}`))).status).toBe(400);
  });
});
