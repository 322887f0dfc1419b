// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { attendeesOfRegistration } from "@/lib/events/attendee-queries";
import { formatCheckInCode } from "@/lib/events/check-in-code";

/**
 * Each person's check-in code as a QR code (inline SVG: nothing to load, printable with the
 * agenda) and as text to read out when a phone cannot scan.
 */
export async function AttendeeBadges(props: { registrationId: string; slug: string; locale: string }) {
  const [t, attendees] = await Promise.all([getTranslations("Badge"), attendeesOfRegistration(props.registrationId)]);
  if (!attendees.length) return null;
  const codes = await Promise.all(
    attendees.map(async (a) => ({ ...a, svg: await QRCode.toString(a.checkInCode, { type: "svg", margin: 2, errorCorrectionLevel: "M" }) })),
  );
  return (
    <Card as="section" padding="sm" aria-labelledby="attendee-badges">
      <CardTitle id="attendee-badges">{t("title")}</CardTitle>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {codes.map((a) => (
          <li key={a.id} className="flex items-center gap-3" data-check-in-code={a.checkInCode}>
            <div role="img" aria-label={t("qrFor", { name: a.name })} className="size-32 shrink-0" dangerouslySetInnerHTML={{ __html: a.svg }} />
            <div>
              <p className="font-medium">{a.name}</p>
              <p className="font-mono text-lg tracking-wider">{formatCheckInCode(a.checkInCode)}</p>
            </div>
          </li>
        ))}
      </ul>
      <div className="mt-3 print:hidden">
        <Button external variant="secondary" href={`/api/events/${props.slug}/badge?locale=${props.locale}`} download>
          {t("download")}
        </Button>
      </div>
    </Card>
  );
}
