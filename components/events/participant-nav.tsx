// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import clsx from "clsx";
import { Link } from "@/lib/i18n/navigation";

export type ParticipantTab = "registration" | "participants" | "meetings" | "agenda";

/** Tabs of a participant's area of one event; meeting tabs only once the place is confirmed. */
export async function ParticipantNav(props: { slug: string; current: ParticipantTab; meetings: boolean }) {
  const t = await getTranslations("Registration.nav");
  const tabs: { tab: ParticipantTab; href: string }[] = [
    { tab: "registration", href: `/events/${props.slug}/registration` },
    ...(props.meetings
      ? ([
          { tab: "participants", href: `/events/${props.slug}/participants` },
          { tab: "meetings", href: `/events/${props.slug}/meetings` },
          { tab: "agenda", href: `/events/${props.slug}/agenda` },
        ] as const)
      : []),
  ];
  return (
    <nav aria-label={t("label")} className="print:hidden">
      <ul className="flex flex-wrap gap-2 text-sm font-medium">
        {tabs.map(({ tab, href }) => (
          <li key={tab}>
            <Link
              href={href}
              aria-current={tab === props.current ? "page" : undefined}
              className={clsx(
                "rounded-md px-3 py-1.5 ring-1",
                tab === props.current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-200 hover:text-brand-700",
              )}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
