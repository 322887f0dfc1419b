// SPDX-License-Identifier: EUPL-1.2
import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "./class-names";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "bg-white text-brand-800 ring-1 ring-slate-300 hover:bg-slate-50",
  /** For "cancel" and other choices that should not draw the eye. */
  neutral: "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
  "danger-outline": "bg-white text-red-700 ring-1 ring-red-200 hover:bg-red-50",
  ghost: "text-slate-700 hover:bg-slate-100",
  link: "text-brand-700 underline hover:text-brand-800",
} as const;

const SIZES = {
  xs: "px-2.5 py-1 text-sm",
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2",
  lg: "px-5 py-2 font-semibold",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

type Look = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/**
 * The classes of a button, for the few controls that must stay another element (a file input's
 * label, a summary) yet look like one.
 */
export function buttonClasses({ variant = "primary", size = "md", className }: Look = {}) {
  return cn(
    "inline-flex items-center justify-center gap-1 rounded-md font-medium",
    // The global focus ring, restated so a button keeps it wherever it is rendered.
    "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    // A link-styled button sits in running text: no box around it.
    variant === "link" ? "rounded-sm p-0" : SIZES[size],
    VARIANTS[variant],
    className,
  );
}

type AsButton = Look & ComponentProps<"button"> & { href?: undefined };
type AsLink = Look & Omit<ComponentProps<typeof Link>, "className"> & { disabled?: boolean; external?: false };
type AsAnchor = Look & ComponentProps<"a"> & { href: string; external: true; disabled?: boolean };

export type ButtonProps = AsButton | AsLink | AsAnchor;

/**
 * A button, or with `href` a localized link that looks like one (`external` for a plain anchor to
 * another site or a file). A disabled link has nowhere to go, so it renders as text marked
 * `aria-disabled` instead of an anchor a keyboard could still follow.
 */
export function Button(props: ButtonProps) {
  if (props.href === undefined) {
    const { variant, size, className, ...rest } = props as AsButton;
    return <button className={buttonClasses({ variant, size, className })} {...rest} />;
  }
  const { variant, size, className, external, disabled, ...rest } = props;
  const classes = buttonClasses({ variant, size, className });
  if (disabled) {
    return (
      <span aria-disabled="true" className={classes}>
        {rest.children}
      </span>
    );
  }
  if (external) return <a className={classes} {...(rest as ComponentProps<"a">)} />;
  return <Link className={classes} {...(rest as ComponentProps<typeof Link>)} />;
}
