// SPDX-License-Identifier: EUPL-1.2
import { createElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cn } from "./class-names";

type CardElement = "section" | "div" | "article" | "li" | "form" | "fieldset" | "aside" | "dl" | "address";

type CardProps<E extends CardElement> = {
  /** The element the card is: a `section` when it has a heading, `li` in a list, `form` for a form. */
  as?: E;
  /** `sm` for cards in lists, which grow to the full padding from the `sm` breakpoint. */
  padding?: "sm" | "md";
  className?: string;
  children?: ReactNode;
} & Omit<ComponentPropsWithoutRef<E>, "className" | "children">;

/** A white box with a hairline ring: one self-contained part of a page. */
export function Card<E extends CardElement = "div">({ as, padding = "md", className, children, ...rest }: CardProps<E>) {
  const classes = cn("rounded-lg bg-white ring-1 ring-slate-200", padding === "md" ? "p-6" : "p-4 sm:p-6", className);
  return createElement(as ?? "div", { ...rest, className: classes }, children);
}

/** Title, description and actions of a card, with the actions to the right where there is room. */
export function CardHeader({
  className,
  actions,
  children,
}: {
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  if (!actions) return <div className={cn("flex flex-col gap-1", className)}>{children}</div>;
  return (
    <div className={cn("flex flex-wrap items-start justify-between gap-3", className)}>
      <div className="flex flex-col gap-1">{children}</div>
      <div className="flex flex-wrap items-center gap-2">{actions}</div>
    </div>
  );
}

/** The card's heading; `h2` below a page's `h1`, `h3` when the card sits in a section of its own. */
export function CardTitle({
  as: Heading = "h2",
  className,
  ...rest
}: { as?: "h2" | "h3" } & ComponentPropsWithoutRef<"h2">) {
  return <Heading className={cn("text-lg font-semibold", className)} {...rest} />;
}

export function CardDescription({ className, ...rest }: ComponentPropsWithoutRef<"p">) {
  return <p className={cn("text-sm text-slate-600", className)} {...rest} />;
}
