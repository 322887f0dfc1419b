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

const picked = new WeakMap<AbstractIntlMessages, AbstractIntlMessages>();

/** The part of a locale's messages that client components use; computed once per messages object. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  let out = picked.get(messages);
  if (!out) {
    out = {};
    for (const namespace of CLIENT_NAMESPACES) {
      const value = pick(messages, namespace);
      if (value !== undefined) place(out, namespace, value);
    }
    picked.set(messages, out);
  }
  return out;
}
