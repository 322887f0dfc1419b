// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { MeetingFeedbackForm } from "./meeting-feedback-form";

/** Under one agenda row: the meeting's video link, and once it has begun, the feedback form. */
export async function AgendaMeetingExtras(props: {
  registrationId: string;
  meeting: {
    id: string;
    feedbackOpen: boolean;
    link: string | null;
    other: { organization: { name: string } };
    feedback: { outcome: "NOT_HELD" | "NO_INTEREST" | "INFORMATIVE" | "COOPERATION_LIKELY"; note: string | null } | null;
  };
}) {
  const t = await getTranslations("MeetingBooking");
  const { meeting } = props;
  return (
    <>
      {meeting.link ? (
        <span className="mt-1 block text-sm">
          {t("onlineLink")}:{" "}
          <a href={meeting.link} className="break-all font-medium text-brand-700 underline" rel="noopener noreferrer" target="_blank">
            {meeting.link}
          </a>
        </span>
      ) : null}
      {meeting.feedbackOpen ? (
        <MeetingFeedbackForm
          meetingId={meeting.id}
          registrationId={props.registrationId}
          company={meeting.other.organization.name}
          given={meeting.feedback}
        />
      ) : null}
    </>
  );
}
