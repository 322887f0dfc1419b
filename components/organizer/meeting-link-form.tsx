// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { setMeetingLinkAction } from "@/lib/matchmaking/actions/set-meeting-link";

/** The organizer types the video link of one meeting; the pattern's link shows as placeholder. */
export function MeetingLinkForm(props: { meetingId: string; value: string | null; fromPattern: string | null }) {
  const t = useTranslations("MatchmakingSettings");
  const id = useId();
  const { pending, error, run } = useActionRunner();
  const [value, setValue] = useState(props.value ?? "");
  return (
    <div className="mt-1 flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-xs text-slate-600">
          {t("meetingLink")}
        </label>
        <input
          id={id}
          type="url"
          value={value}
          placeholder={props.fromPattern ?? "https://"}
          onChange={(e) => setValue(e.target.value)}
          className="w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        />
      </div>
      <Button
        variant="secondary"
        size="xs"
        type="button"
        disabled={pending}
        onClick={() => run(() => setMeetingLinkAction({ meetingId: props.meetingId, onlineUrl: value.trim() }))}
        className="px-2"
      >
        {t("saveLink")}
      </Button>
      <ActionError message={error} />
    </div>
  );
}
