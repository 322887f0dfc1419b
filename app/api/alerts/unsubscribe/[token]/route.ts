// SPDX-License-Identifier: EUPL-1.2
import { db } from "@/lib/db";
import { alertSubscriptionByToken, unsubscribeByToken } from "@/lib/alerts/unsubscribe";
import { routing, type Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { portalUrl } from "@/lib/mail/templates";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

const pageUrl = (locale: Locale, token: string) => portalUrl(locale, `/alerts/unsubscribe/${encodeURIComponent(token)}`);

/** The unsubscribe page's own form (used where its script does not run) says so in a field. */
async function fromUnsubscribePage(request: Request): Promise<boolean> {
  try {
    return (await request.formData()).get("from") === "page";
  } catch {
    // Mail programs may send the body with any or no content type: they get the plain answer.
    return false;
  }
}

/**
 * One-click unsubscribe (RFC 8058): mail programs POST "List-Unsubscribe=One-Click" here, named
 * in the List-Unsubscribe header of every alert digest. No session, no form: the token is the
 * credential, and all it can do is switch that one search's mails off. The unsubscribe page's
 * fallback form posts here too and is sent back to the page, which then shows the confirmation.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const fromPage = await fromUnsubscribePage(request);
  const subscription = await unsubscribeByToken(db, token);
  if (fromPage) return Response.redirect(pageUrl(subscription?.locale ?? routing.defaultLocale, token), 303);
  if (!subscription) return text("Unknown or expired unsubscribe link.\n", 404);
  const t = translatorFor(subscription.locale);
  return text(`${t("Alerts.unsubscribe.body", { name: subscription.name })}\n`, 200);
}

/**
 * Someone opened the header's address in a browser, or a scanner fetched it: a GET changes
 * nothing and only leads to the page, in the language of the search's mails.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const subscription = await alertSubscriptionByToken(db, token);
  return Response.redirect(pageUrl(subscription?.locale ?? routing.defaultLocale, token), 303);
}
