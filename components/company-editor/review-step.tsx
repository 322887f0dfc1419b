// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { missingForPublication } from "@/lib/companies/publication";
import { type CompanyProfile, type CompanyProfileInput } from "@/lib/companies/schema";
import { regionName } from "@/lib/geo/labels";
import { languagesOf, type Lang } from "@/lib/i18n/localized";
import { NACE } from "@/lib/taxonomy/nace-data";
import { Badge } from "@/components/ui/badge";
import type { PublicationStatus } from "./company-editor";
import { languageName } from "./profile-steps";

const NACE_BY_CODE = new Map(NACE.map((n) => [n.code, n]));
const STEP_OF_REQUIREMENT = { name: 0, city: 1, contact: 1, industries: 2, description: 3 } as const;

/** Last step: what visitors will see, what is still missing for publication, and the buttons to publish. */
export function ReviewStep(props: {
  form: UseFormReturn<CompanyProfileInput, unknown, CompanyProfile>;
  status: PublicationStatus;
  canPublish: boolean;
  busy: boolean;
  onPublish: () => void;
  onUnpublish: () => void;
  onEdit: (step: number) => void;
}) {
  const t = useTranslations("CompanyEditor");
  const tc = useTranslations("Countries");
  const tb = useTranslations("EmployeeBands");
  const locale = useLocale() as Lang;
  const v = useWatch({ control: props.form.control }) as CompanyProfileInput;
  const description = { de: v.description?.de ?? "", cs: v.description?.cs ?? "", en: v.description?.en ?? "" };
  const missing = missingForPublication({
    name: v.name ?? null,
    city: v.city ?? null,
    descriptionDe: description.de,
    descriptionCs: description.cs,
    descriptionEn: description.en,
    website: v.website ?? null,
    email: v.email ?? null,
    phone: v.phone ?? null,
    industryCount: v.industries?.length ?? 0,
  });
  const rows: [string, string | null | undefined, number][] = [
    [t("fields.name"), v.name, 0],
    [t("fields.legalForm"), v.legalForm, 0],
    [t("fields.foundedYear"), v.foundedYear ? String(v.foundedYear) : null, 0],
    [t("fields.employees"), v.employees ? tb(v.employees) : null, 0],
    [t("fields.ico"), v.ico, 0],
    [t("fields.vatId"), v.vatId, 0],
    [
      t("fields.address"),
      [
        v.street,
        [v.postalCode, v.city].filter(Boolean).join(" "),
        regionName(v.regionId, locale),
        v.country ? tc(v.country) : null,
      ]
        .filter(Boolean)
        .join(", "),
      1,
    ],
    [t("fields.contact"), [v.website, v.email, v.phone].filter(Boolean).join(" · "), 1],
    [t("fields.industries"), (v.industries ?? []).map((c) => NACE_BY_CODE.get(c)?.[locale] ?? c).join("; "), 2],
    [t("fields.languages"), (v.languages ?? []).map((l) => languageName(l, locale)).join(", "), 2],
    [t("fields.certifications"), (v.certifications ?? []).join(", "), 2],
    [
      t("fields.descriptionLanguages"),
      languagesOf(description)
        .map((l) => l.toUpperCase())
        .join(", "),
      3,
    ],
  ];

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">{t("publication.status")}:</span>
        <Badge tone={props.status === "PUBLISHED" ? "brand" : "amber"}>{t(`publication.states.${props.status}`)}</Badge>
      </div>
      <dl className="divide-y divide-slate-100 text-sm">
        {rows.map(([label, value, step]) => (
          <div key={label} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr_auto] sm:gap-4">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="break-words">
              {value || <span className="text-slate-400">{t("fields.notSpecified")}</span>}
            </dd>
            <dd>
              <button type="button" onClick={() => props.onEdit(step)} className="text-brand-700 underline">
                {t("edit")}
                <span className="sr-only">: {label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>

      {missing.length ? (
        <div className="rounded-md bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200">
          <p className="font-medium">{t("publication.missingIntro")}</p>
          <ul className="mt-2 list-inside list-disc">
            {missing.map((r) => (
              <li key={r}>
                <button type="button" onClick={() => props.onEdit(STEP_OF_REQUIREMENT[r])} className="underline">
                  {t(`publication.requirements.${r}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {props.canPublish ? (
        <div className="flex flex-wrap gap-3">
          {props.status === "PUBLISHED" ? (
            <button
              type="button"
              disabled={props.busy}
              onClick={props.onUnpublish}
              className="rounded-md px-4 py-2 font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 disabled:opacity-60"
            >
              {t("publication.unpublish")}
            </button>
          ) : (
            <button
              type="button"
              disabled={props.busy || missing.length > 0}
              onClick={props.onPublish}
              className="rounded-md bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              {t("publication.saveAndPublish")}
            </button>
          )}
          <p className="basis-full text-sm text-slate-600">
            {props.status === "PUBLISHED" ? t("publication.publishedHint") : t("publication.publishHint")}
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("publication.ownersOnly")}</p>
      )}
    </div>
  );
}
