// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import type { Lang } from "@/lib/i18n/localized";
import { DEFAULT_RADIUS_KM, MAX_PLACE_LENGTH } from "@/lib/search/params";
import type { SearchFilters } from "@/lib/search/types";

const RADIUS_CHOICES = [10, 25, 50, 100];

/** "Within N km of <place>" as a plain GET form: works without JavaScript and stays in the URL. */
export async function NearFacet({
  filters,
  params,
  locale,
  headingId,
}: {
  headingId: string;
  filters: SearchFilters;
  params: Record<string, string>;
  locale: Lang;
}) {
  const t = await getTranslations("SearchNear");
  const hidden = Object.entries(params).filter(([name]) => name !== "near" && name !== "radius" && name !== "page");
  const radius = filters.near?.radiusKm ?? filters.radiusKm ?? DEFAULT_RADIUS_KM;
  const choices = RADIUS_CHOICES.includes(radius) ? RADIUS_CHOICES : [...RADIUS_CHOICES, radius].sort((a, b) => a - b);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {t("heading")}
      </h3>
      <form action={`/${locale}/search`} method="get" className="mt-2 grid grid-cols-2 gap-2 text-sm">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="col-span-2 flex flex-col">
          <span className="text-slate-700">{t("place")}</span>
          <input
            type="text"
            name="near"
            defaultValue={filters.near?.name}
            placeholder={t("placeholder")}
            maxLength={MAX_PLACE_LENGTH}
            autoComplete="off"
            className="rounded border border-slate-300 bg-white px-2 py-1 placeholder:text-slate-500"
          />
        </label>
        <label className="col-span-2 flex flex-col">
          <span className="text-slate-700">{t("radius")}</span>
          <select
            name="radius"
            defaultValue={String(radius)}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            {choices.map((km) => (
              <option key={km} value={km}>
                {t("radiusOption", { km })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="col-span-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("apply")}
        </button>
      </form>
    </section>
  );
}
