// SPDX-License-Identifier: EUPL-1.2
import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces that components read with `useTranslations`, the only ones the browser
 * needs. Every page carries its client messages in its HTML and RSC payload; all of them would be
 * about 120 KB a page, and serializing them was part of every render.
 * tests/unit/client-messages.test.ts fails when a component reads a namespace missing here.
 */
export const CLIENT_NAMESPACES = [
  "Account",
  "ActionErrors",
  "Alerts.unsubscribe",
  "Auth",
  "CheckIn",
  "Claims.accept",
  "Claims.compose",
  "Claims.members",
  "Claims.profile",
  "Claims.review",
  "CompanyEditor",
  "Countries",
  "EmployeeBands",
  "Enquiries",
  "Error",
  "EventEditor",
  "Events.types",
  "FilePicker",
  "Institutions",
  "LanguageNames",
  "Listings",
  "LocaleSwitcher",
  "MatchmakingSettings",
  "MeetingBooking",
  "MeetingFeedback",
  "MeetingOutcomes.outcome",
  "Meetings.buttons",
  "Meetings.request",
  "Meetings.unavailability",
  "MemberImport",
  "Moderation.form",
  "Moderation.undo",
  "NotFound",
  "OrganizerDashboard.actions",
  "OrganizerDashboard.registrations",
  "OrganizerDashboard.schedule",
  "OrganizerDashboard.scheduler",
  "ParticipantImport",
  "Privacy.deleteAccount",
  "Registration",
  "SavedSearches",
  "Search",
  "Team",
  "Validation",
  "Watchlist",
] as const;

/**
 * What the public pages (and the layout around every page) read on the client. The layout sends
 * only these; the signed-in areas' layouts add the rest through SignedInMessages. On the search
 * page, the whole list above was about 66 KB of its 300 KB, serialized on every request.
 * tests/unit/client-messages.test.ts follows the imports of every page outside those areas and
 * fails when one reads a namespace missing here.
 */
export const PUBLIC_CLIENT_NAMESPACES = [
  "ActionErrors",
  "Alerts.unsubscribe",
  "Auth.nav",
  "Claims.profile",
  "Countries",
  "Enquiries",
  "Error",
  "LanguageNames",
  "LocaleSwitcher",
  "MeetingBooking",
  "MeetingFeedback",
  "MeetingOutcomes.outcome",
  "Meetings.buttons",
  "Meetings.request",
  "Meetings.unavailability",
  "NotFound",
  "Registration",
  "SavedSearches",
  "Search",
  "Validation",
  "Watchlist",
] as const satisfies readonly string[];

function pick(messages: AbstractIntlMessages, path: string): AbstractIntlMessages | string | undefined {
  let node: AbstractIntlMessages | string | undefined = messages;
  for (const key of path.split(".")) node = typeof node === "object" ? node[key] : undefined;
  return node;
}

function place(target: AbstractIntlMessages, path: string, value: AbstractIntlMessages | string): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as AbstractIntlMessages;
  node[keys[keys.length - 1]] = value;
}

const picked = new WeakMap<AbstractIntlMessages, Map<readonly string[], AbstractIntlMessages>>();

/**
 * The part of a locale's messages that client components use (all of CLIENT_NAMESPACES unless
 * told otherwise); computed once per messages object and list.
 */
export function clientMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[] = CLIENT_NAMESPACES,
): AbstractIntlMessages {
  let byList = picked.get(messages);
  if (!byList) picked.set(messages, (byList = new Map()));
  let out = byList.get(namespaces);
  if (!out) {
    out = {};
    for (const namespace of namespaces) {
      const value = pick(messages, namespace);
      if (value !== undefined) place(out, namespace, value);
    }
    byList.set(namespaces, out);
  }
  return out;
}
