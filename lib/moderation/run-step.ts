// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import type { ModerationActionKind } from "../generated/prisma/enums";
import type { AuthorizedContext } from "../actions/safe-action";
import type { ModerationResource } from "./access";
import { deliverModerationMails } from "./mails";
import { takeModerationStep, undoModerationStep, type Moderator } from "./steps";

function moderatorOf(ctx: AuthorizedContext<ModerationResource>): Moderator {
  return { userId: ctx.user.id, institutionId: "organizationId" in ctx.resource ? ctx.resource.organizationId : null };
}

/** One step on a report, for the actions in ./actions: the transaction, then the company's mails. */
export async function runModerationStep(
  input: { reportId: string; reason: string; listingId?: string },
  kind: ModerationActionKind,
  ctx: AuthorizedContext<ModerationResource>,
): Promise<{ moderationActionId: string }> {
  const outcome = await db.$transaction((tx) =>
    takeModerationStep(tx, {
      reportId: input.reportId,
      kind,
      listingId: input.listingId,
      reason: input.reason,
      moderator: moderatorOf(ctx),
    }),
  );
  await deliverModerationMails(outcome.mails);
  return { moderationActionId: outcome.moderationActionId };
}

export async function runUndo(
  input: { moderationActionId: string; reason: string },
  ctx: AuthorizedContext<ModerationResource>,
): Promise<{ moderationActionId: string }> {
  await db.$transaction((tx) =>
    undoModerationStep(tx, {
      moderationActionId: input.moderationActionId,
      reason: input.reason,
      moderator: moderatorOf(ctx),
    }),
  );
  return { moderationActionId: input.moderationActionId };
}
