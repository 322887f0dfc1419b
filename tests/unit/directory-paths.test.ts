// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { directoryRewrite } from "@/lib/companies/directory-paths";

const rewrite = (address: string) => {
  const url = new URL(address, "http://portal.test");
  return directoryRewrite(url.pathname, url.searchParams);
};

describe("the directory's cacheable paths", () => {
  it("give a directory page with parameters a path of its own, and leave the first page alone", () => {
    expect(rewrite("/de/companies?page=3")).toBe("/de/companies/directory/all/3");
    expect(rewrite("/cs/companies?verified=1")).toBe("/cs/companies/directory/verified/1");
    expect(rewrite("/en/companies/?page=2&verified=1&utm_source=mail")).toBe("/en/companies/directory/verified/2");
    expect(rewrite("/de/companies")).toBeNull();
    expect(rewrite("/de/companies?page=1")).toBeNull();
    expect(rewrite("/de/companies?utm_source=mail")).toBeNull();
  });

  it("read odd parameters as the directory did: page one, every company", () => {
    expect(rewrite("/de/companies?page=abc&verified=yes")).toBeNull();
    expect(rewrite("/de/companies?page=999999999")).toBeNull();
    expect(rewrite("/de/companies?page=2&verified=0")).toBe("/de/companies/directory/all/2");
  });

  it("touch nothing but the directory", () => {
    expect(rewrite("/de/companies/fraesen-gmbh?page=2")).toBeNull();
    expect(rewrite("/de/search?page=2")).toBeNull();
    expect(rewrite("/xx/companies?page=2")).toBeNull();
  });

  it("are what the proxy serves for the visitor's address, which the browser keeps", async () => {
    const response = await proxy(new NextRequest("http://portal.test/de/companies?page=2&verified=1"));
    expect(response.headers.get("x-middleware-rewrite")).toBe("http://portal.test/de/companies/directory/verified/2");
    expect(response.headers.get("Location")).toBeNull();
    const first = await proxy(new NextRequest("http://portal.test/de/companies"));
    expect(first.headers.get("x-middleware-rewrite")).toBeNull();
  });
});
