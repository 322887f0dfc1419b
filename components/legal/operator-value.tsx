// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { addressLines, type OperatorField } from "@/lib/legal/operator";

/** An operator detail, or a marked placeholder naming the variable that fills it. */
export async function OperatorValue({
  field,
  multiline = false,
  link,
}: {
  field: OperatorField;
  multiline?: boolean;
  link?: "mailto" | "tel";
}) {
  if (!field.value) {
    const t = await getTranslations("Imprint");
    return (
      <mark data-testid="operator-placeholder" className="rounded bg-amber-100 px-1 text-amber-900">
        {t("placeholder", { variable: field.env })}
      </mark>
    );
  }
  if (multiline) {
    return (
      <>
        {addressLines(field.value).map((line, i) => (
          <span key={i} className="block">
            {line}
          </span>
        ))}
      </>
    );
  }
  if (link === "mailto")
    return (
      <a href={`mailto:${field.value}`} className="text-brand-700 underline">
        {field.value}
      </a>
    );
  if (link === "tel")
    return (
      <a href={`tel:${field.value.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
        {field.value}
      </a>
    );
  return <>{field.value}</>;
}

export async function MissingOperatorNotice({ missing }: { missing: string[] }) {
  if (!missing.length) return null;
  const t = await getTranslations("Imprint");
  return (
    <p role="note" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
      {t("incomplete", { variables: missing.join(", ") })}
    </p>
  );
}
