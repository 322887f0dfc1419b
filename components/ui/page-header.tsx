// SPDX-License-Identifier: EUPL-1.2
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cn } from "./class-names";

/** The page's one `h1`; `compact` keeps it small inside a narrow card (sign-in, invitation). */
export function PageTitle({ compact = false, className, ...rest }: { compact?: boolean } & ComponentPropsWithoutRef<"h1">) {
  return <h1 className={cn("text-2xl font-bold tracking-tight", !compact && "sm:text-3xl", className)} {...rest} />;
}

/**
 * The top of a page: its `h1`, an optional line of description below it and optional actions
 * (a primary button, a link) beside it. `children` go below the description, for a switcher or
 * a back link that belongs to the heading.
 */
export function PageHeader({
  title,
  titleId,
  lang,
  description,
  actions,
  className,
  children,
}: {
  title: ReactNode;
  /** For a region labelled by the heading. */
  titleId?: string;
  /** When the title is user content in another language than the page. */
  lang?: string;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  const heading = (
    <>
      <PageTitle id={titleId} lang={lang}>
        {title}
      </PageTitle>
      {description ? <p className="text-slate-600">{description}</p> : null}
      {children}
    </>
  );
  if (!actions) return <header className={cn("flex flex-col gap-2", className)}>{heading}</header>;
  return (
    <header className={cn("flex flex-wrap items-start justify-between gap-4", className)}>
      <div className="flex flex-col gap-2">{heading}</div>
      <div className="flex flex-wrap items-center gap-2">{actions}</div>
    </header>
  );
}
