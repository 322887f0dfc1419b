// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import { getLocale } from "next-intl/server";

/** A plain GET form: works without JavaScript and leaves the query in the URL. */
export async function SearchBox({
  label,
  placeholder,
  button,
  defaultValue,
  inverted = false,
}: {
  label: string;
  placeholder: string;
  button: string;
  defaultValue?: string;
  inverted?: boolean;
}) {
  const locale = await getLocale();
  return (
    <form action={`/${locale}/search`} method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <label className="flex-1">
        <span className={clsx("mb-1 block text-sm font-medium", inverted ? "text-white" : "text-slate-700")}>{label}</span>
        <input
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={placeholder}
          maxLength={200}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500"
        />
      </label>
      <button
        type="submit"
        className={clsx(
          "rounded-md px-5 py-2 font-semibold",
          inverted ? "bg-accent-600 text-white hover:bg-accent-700" : "bg-brand-700 text-white hover:bg-brand-800",
        )}
      >
        {button}
      </button>
    </form>
  );
}
