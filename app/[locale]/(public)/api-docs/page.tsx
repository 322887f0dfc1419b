// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { alternatesFor } from "@/lib/i18n/alternates";
import type { Lang } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { SEARCH_PARAMETERS } from "@/lib/search/openapi";
import { DEFAULT_PAGE_SIZE, DEFAULT_RADIUS_KM, MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_RADIUS_KM } from "@/lib/search/params";
import { SEARCH_API_LIMIT } from "@/lib/security/rate-limit";
import { publicBaseUrl } from "@/lib/env";
import { SearchEmbedSnippet } from "@/components/api-docs/search-embed-snippet";

// The addresses shown are PUBLIC_URL of the running portal, not of the build.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "ApiDocs" });
  return { title: t("title"), alternates: alternatesFor(locale, "/api-docs") };
}

const h2 = "mt-10 text-xl font-semibold text-slate-900";
const code = "rounded bg-slate-100 px-1 py-0.5 font-mono text-sm break-all";
const block = "mt-3 overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-sm text-slate-100";

export default async function ApiDocsPage({ params }: Props) {
  const locale = pageLocale((await params).locale) as Lang;
  setRequestLocale(locale);
  const t = await getTranslations("ApiDocs");
  const base = publicBaseUrl();
  const endpoint = `${base}/api/v1/search`;
  const examples = [
    { label: t("exampleCnc"), query: `q=Fr%C3%A4sen&country=CZ&locale=${locale === "de" ? "cs" : locale}` },
    { label: t("exampleEvents"), query: "type=event&dateFrom=2027-03-01&dateTo=2027-03-31" },
    { label: t("exampleIndustry"), query: "type=company&industry=25.11&employees=10-49" },
  ];
  const limits = { max: MAX_QUERY_LENGTH, default: DEFAULT_PAGE_SIZE };

  return (
    <article className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("intro")}</p>

      <h2 className={h2}>{t("endpoint")}</h2>
      <p className="mt-3">
        <code className={code}>GET {endpoint}</code>
      </p>
      <p className="mt-3 text-slate-700">{t("endpointText")}</p>

      <h2 className={h2}>{t("parameters")}</h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">{t("parameter")}</th>
              <th scope="col" className="py-2 pr-4">{t("meaning")}</th>
              <th scope="col" className="py-2">{t("values")}</th>
            </tr>
          </thead>
          <tbody>
            {SEARCH_PARAMETERS.map((p) => {
              const values = p.schema.enum as string[] | undefined;
              return (
                <tr key={p.name} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-mono font-normal">{p.name}</th>
                  <td className="py-2 pr-4 text-slate-700">
                    {t(`param.${p.name}`, {
                      max: p.name === "page" ? MAX_PAGE : p.name === "pageSize" ? MAX_PAGE_SIZE : p.name === "radius" ? MAX_RADIUS_KM : limits.max,
                      default: p.name === "radius" ? DEFAULT_RADIUS_KM : limits.default,
                    })}
                  </td>
                  <td className="py-2 font-mono text-xs break-words text-slate-700">
                    {values && values.length <= 12 ? values.join(", ") : p.example}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 className={h2}>{t("examples")}</h2>
      <ul className="mt-3 space-y-3">
        {examples.map((e) => (
          <li key={e.query}>
            <p className="text-slate-700">{e.label}</p>
            <a href={`/api/v1/search?${e.query}`} className={`${code} text-brand-700 underline`}>
              {`${endpoint}?${e.query}`}
            </a>
          </li>
        ))}
      </ul>

      <h2 className={h2}>{t("response")}</h2>
      <p className="mt-3 text-slate-700">{t("responseText")}</p>
      <p className="mt-3 text-slate-700">{t("errorsText")}</p>
      <pre className={block}>
        <code>{`HTTP/1.1 400 Bad Request\n\n{"error":{"parameter":"page","message":"must be a whole number from 1 to ${MAX_PAGE}"}}`}</code>
      </pre>

      <h2 className={h2}>{t("limits")}</h2>
      <p className="mt-3 text-slate-700">{t("limitsText", { points: SEARCH_API_LIMIT.points, pages: MAX_PAGE })}</p>

      <h2 className={h2}>{t("openApi")}</h2>
      <p className="mt-3 text-slate-700">
        {t("openApiText")}{" "}
        <a href="/api/v1/openapi.json" className={`${code} text-brand-700 underline`}>
          {`${base}/api/v1/openapi.json`}
        </a>
      </p>

      <h2 className={h2}>{t("embed")}</h2>
      <p className="mt-3 text-slate-700">{t("embedText")}</p>
      <SearchEmbedSnippet
        action={`${base}/${locale}/search`}
        label={t("embedLabel")}
        button={t("embedButton")}
        preview={t("embedPreview")}
        codeClassName={block}
      />
    </article>
  );
}
