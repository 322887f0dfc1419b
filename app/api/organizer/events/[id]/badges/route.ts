// SPDX-License-Identifier: EUPL-1.2
import { toLocale } from "@/lib/i18n/translator";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** Every confirmed person's badge, as A6 pages (?layout=a6) or A4 label sheets, for the organizer's staff. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isRecordId(id)) return new Response("Not found", { status: 404 });
  const [{ getSessionUser }, { db }, { decide }, { badgesOf }, { badgesPdf }] = await Promise.all([
    import("@/lib/auth/session"),
    import("@/lib/db"),
    import("@/lib/auth/permissions"),
    import("@/lib/events/attendee-queries"),
    import("@/lib/events/badges"),
  ]);
  const user = await getSessionUser();
  if (!user) return new Response("Sign-in required", { status: 401 });
  const event = await db.event.findUnique({ where: { id }, select: { slug: true, organizerId: true } });
  // Every refusal is a 404, as for the CSV exports, so no event id can be probed.
  const decision = decide(user, "event.registrations.manage", event && { organizationId: event.organizerId });
  if (!event || !decision.granted) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const locale = toLocale(url.searchParams.get("locale") ?? user.locale);
  const layout = url.searchParams.get("layout") === "a6" ? "a6" : "labels";
  const pdf = await badgesPdf(await badgesOf({ eventId: id }, locale), layout, `${event.slug}-badges`);
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${event.slug}-badges-${layout}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
