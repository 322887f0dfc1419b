// SPDX-License-Identifier: EUPL-1.2
"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import { validationErrorMap } from "@/lib/validation/error-map";

/**
 * react-hook-form wired to a server action: the zod schema checks input in the browser with the
 * same localized messages the action would send, and the action's field errors land on the
 * same fields.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T, values: z.output<S>) => void | Promise<void>;
}) {
  const tv = useTranslations("Validation");
  const te = useTranslations("ActionErrors");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never, { error: validationErrorMap(tv) }) as never,
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      result = await options.action(values as z.input<S>);
    } catch {
      setFormError(te("unexpected"));
      return;
    }
    if (result.ok) {
      await options.onSuccess?.(result.data, values);
      return;
    }
    const fields = Object.entries(result.fieldErrors);
    fields.forEach(([field, message], i) =>
      form.setError(field as Path<z.input<S>>, { type: "server", message }, { shouldFocus: i === 0 }),
    );
    setFormError(result.formError);
  });

  return { form, submit, formError, setFormError, pending: form.formState.isSubmitting };
}
