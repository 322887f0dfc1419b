// SPDX-License-Identifier: EUPL-1.2
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe("Button", () => {
  it("keeps the button's own attributes, so forms and tests see the same control", () => {
    const markup = html(createElement(Button, { type: "submit", disabled: true, ...{ "data-testid": "save" } }, "Speichern"));
    expect(markup).toMatch(/^<button /);
    expect(markup).toContain('type="submit"');
    expect(markup).toContain('disabled=""');
    expect(markup).toContain('data-testid="save"');
    expect(markup).toContain(">Speichern</button>");
  });

  it("lets a caller's spacing replace the size's, instead of both competing in the stylesheet", () => {
    const classes = buttonClasses({ size: "md", className: "px-3 self-start" }).split(" ");
    expect(classes).toContain("px-3");
    expect(classes).not.toContain("px-4");
    expect(classes).toContain("self-start");
  });

  it("renders an external link as a plain anchor with its download name", () => {
    const markup = html(createElement(Button, { href: "/api/events/x/ics", external: true, download: "x.ics", variant: "secondary" }, "Kalender"));
    expect(markup).toMatch(/^<a /);
    expect(markup).toContain('href="/api/events/x/ics"');
    expect(markup).toContain('download="x.ics"');
  });

  it("renders a disabled link as text a keyboard cannot follow", () => {
    const markup = html(createElement(Button, { href: "/api/account/export", external: true, disabled: true }, "Export"));
    expect(markup).not.toContain("href=");
    expect(markup).toContain('aria-disabled="true"');
  });
});

describe("page shells", () => {
  it("gives the page one h1 with its description", () => {
    const markup = html(createElement(PageHeader, { title: "Team", description: "Wer mitarbeitet" }));
    expect(markup.match(/<h1/g)).toHaveLength(1);
    expect(markup).toContain(">Team</h1>");
    expect(markup).toContain("Wer mitarbeitet</p>");
  });

  it("renders a card as the element asked for, labelled by its h2", () => {
    const markup = html(
      createElement(Card, { as: "section", "aria-labelledby": "members" }, createElement(CardTitle, { id: "members" }, "Mitglieder")),
    );
    expect(markup).toMatch(/^<section aria-labelledby="members" class="[^"]*">/);
    expect(markup).toContain('<h2 class="text-lg font-semibold" id="members">Mitglieder</h2>');
  });

  it("says an empty list's reason in a single paragraph when there is nothing to do", () => {
    expect(html(createElement(EmptyState, null, "Noch keine Veranstaltungen."))).toMatch(/^<p [^>]*>Noch keine Veranstaltungen\.<\/p>$/);
  });
});
