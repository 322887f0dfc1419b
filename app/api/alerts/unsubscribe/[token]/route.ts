import { db } from "@/lib/db";
import { unsubscribeByToken } from "@/lib/alerts/unsubscribe";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * One-click unsubscribe (RFC 8058): mail programs POST "List-Unsubscribe=One-Click" here, named
 * in the List-Unsubscribe header of every alert digest. No session, no form: the token is the
 * credential, and all it can do is switch that one search's mails off.
 */
export async function POST(_request: Request, { params }: Context): Promise<Response> {
  const subscription = await unsubscribeByToken(db, (await params).token);
  if (!subscription) return text("Unknown or expired unsubscribe link.\n", 404);
  const t = translatorFor(subscription.locale);
  return text(`${t("Alerts.unsubscribe.body", { name: subscription.name })}\n`, 200);
}

/** Someone opened the header's address in a browser: show the page that does the same. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  return Response.redirect(new URL(`/de/alerts/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
