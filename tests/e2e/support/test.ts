// SPDX-License-Identifier: EUPL-1.2
import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Playwright's `test`, with the Content-Security-Policy watched: any violation in any page of any
 * browser context a test opens (including contexts from `browser.newContext()`) fails the test.
 * Every spec imports `test` from here (eslint refuses the plain import in tests/e2e).
 */

const MARK = "[csp-violation]";

function watch(context: BrowserContext, violations: string[]): void {
  // Reported by the page itself, with the directive and what it blocked.
  void context.addInitScript((mark: string) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `${mark} ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  }, MARK);
  // Chromium's own console message catches violations before the listener exists.
  context.on("console", (message) => {
    const text = message.text();
    if (text.startsWith(MARK) || (message.type() === "error" && /Content Security Policy/i.test(text))) {
      violations.push(`${message.page()?.url() ?? "?"}: ${text}`);
    }
  });
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser, context }, provide) => {
      const violations: string[] = [];
      watch(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watch(created, violations);
        return created;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
