// SPDX-License-Identifier: EUPL-1.2
import { toLocale } from "@/lib/i18n/translator";
import { isSlug } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** The badges of the signed-in participant's company for one event, one A6 page per person. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isSlug(slug)) return new Response("Not found", { status: 404 });
  // Imported on demand: the build loads this module to read its configuration, without a database.
  const [{ getSessionUser }, { myParticipation }, { badgesOf }, { badgesPdf }] = await Promise.all([
    import("@/lib/auth/session"),
    import("@/lib/events/queries"),
    import("@/lib/events/attendee-queries"),
    import("@/lib/events/badges"),
  ]);
  const user = await getSessionUser();
  if (!user) return new Response("Sign-in required", { status: 401 });
  const locale = toLocale(new URL(request.url).searchParams.get("locale") ?? user.locale);
  const participation = await myParticipation(user, slug);
  const registration = participation?.active?.registration;
  if (!participation || !registration || registration.status !== "CONFIRMED") return new Response("Not found", { status: 404 });
  const badges = await badgesOf({ eventId: participation.event.id, registrationId: registration.id }, locale);
  const pdf = await badgesPdf(badges, "a6", slug);
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${slug}-badge.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
