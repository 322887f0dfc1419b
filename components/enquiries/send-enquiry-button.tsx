// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { canEnquire } from "@/lib/enquiries/compose";
import { enquirySenders } from "@/lib/enquiries/queries";
import type { Locale } from "@/lib/i18n/routing";

/**
 * "Send enquiry" on a company's public page: a link to the compose form for members of another
 * company (also when they belong to this one too), a sign-in link that comes back here for
 * visitors, nothing for someone whose only company is this one.
 */
export async function SendEnquiryButton({
  company,
  locale,
}: {
  company: { id: string; slug: string };
  locale: Locale;
}) {
  const t = await getTranslations("Enquiries");
  const user = await getSessionUser();
  const row = "flex flex-wrap sm:justify-end";
  if (!user) {
    return (
      <div className={row}>
        <Button
          variant="secondary"
          href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/companies/${company.slug}` } }}
          data-testid="send-enquiry-sign-in"
        >
          {t("signInToSend")}
        </Button>
      </div>
    );
  }
  // The compose page starts with one of these companies as the sender (lib/enquiries/compose.ts).
  const senders = await enquirySenders(user);
  const senderIds = senders.map((s) => s.id);
  if (!canEnquire(senderIds, company.id)) return null;
  return (
    <div className={row}>
      <Button href={{ pathname: "/account/inbox/new", query: { to: company.slug } }} data-testid="send-enquiry">
        {t("sendButton")}
      </Button>
    </div>
  );
}
