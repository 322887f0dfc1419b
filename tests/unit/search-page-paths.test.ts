// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { MAX_SEARCH_KEY_LENGTH, searchKey, searchParamsOfKey, searchRewrite } from "@/lib/search/page-paths";

const rewrite = (address: string) => {
  const url = new URL(address, "http://portal.test");
  return searchRewrite(url.pathname, url.searchParams);
};
const keyOf = (address: string) => rewrite(address)?.split("/").at(-1) ?? null;

describe("the search page's cacheable paths", () => {
  it("give every spelling of one search the same path, whatever the order, spaces or extra parameters", () => {
    const key = keyOf("/de/search?q=Fr%C3%A4sen%20Dresden&country=CZ");
    expect(key).not.toBeNull();
    expect(keyOf("/de/search?country=CZ&q=++Fr%C3%A4sen+++Dresden+")).toBe(key);
    expect(keyOf("/de/search/?q=Fr%C3%A4sen%20Dresden&country=CZ&utm_source=mail&_rsc=1x2y")).toBe(key);
    expect(keyOf("/de/search?q=Fr%C3%A4sen%20Dresden&country=DE")).not.toBe(key);
    expect(rewrite("/cs/search?q=fr%C3%A9zov%C3%A1n%C3%AD")).toMatch(/^\/cs\/search\/r\/[A-Za-z0-9_-]+$/);
  });

  it("hold the parameters the page reads, so the cached page shows the search asked for", () => {
    const key = keyOf("/en/search?q=laser%20cutting&near=Zittau&radius=30&page=2&verified=1&industry=25&pageSize=99&locale=cs")!;
    expect(searchParamsOfKey(key)).toEqual({ q: "laser cutting", near: "Zittau", radius: "30", page: "2", verified: "1", industry: "25" });
    // A value the page refuses stays, so the page can say what it ignored.
    expect(searchParamsOfKey(keyOf("/de/search?employees=__proto__&q=Guss")!)).toEqual({ employees: "__proto__", q: "Guss" });
    expect(searchParamsOfKey(keyOf("/de/search")!)).toEqual({});
    expect(keyOf("/de/search?utm_source=mail")).toBe(keyOf("/de/search"));
  });

  it("serve only keys an address produces: anything else is not found", () => {
    expect(searchParamsOfKey("not base64!")).toBeNull();
    expect(searchParamsOfKey("_w")).toBeNull();
    // The same parameters in another order, or with an extra one, are a second key for one page.
    const reordered = btoa("q=a&country=CZ").replace(/=+$/, "");
    expect(searchParamsOfKey(reordered)).toBeNull();
    expect(searchParamsOfKey(keyOf("/de/search?country=CZ&q=a")!)).toEqual({ country: "CZ", q: "a" });
  });

  it("leave searches too long for a key to the page rendered per request", () => {
    const long = `/de/search?q=${encodeURIComponent("ž".repeat(400))}&certification=${"x".repeat(80)}`;
    expect(searchKey(new URL(long, "http://portal.test").searchParams)).toBeNull();
    expect(rewrite(long)).toBeNull();
    expect(keyOf("/de/search?q=Guss")!.length).toBeLessThanOrEqual(MAX_SEARCH_KEY_LENGTH);
  });

  it("touch nothing but the search page", () => {
    expect(rewrite("/de/companies?q=a")).toBeNull();
    expect(rewrite("/de/search/r/cT1h")).toBeNull();
    expect(rewrite("/xx/search?q=a")).toBeNull();
  });

  it("are what the proxy serves for the visitor's address, which the browser keeps", async () => {
    const response = await proxy(new NextRequest("http://portal.test/de/search?q=Guss&country=CZ"));
    expect(response.headers.get("x-middleware-rewrite")).toBe(`http://portal.test${rewrite("/de/search?q=Guss&country=CZ")}`);
    expect(response.headers.get("Location")).toBeNull();
  });
});
