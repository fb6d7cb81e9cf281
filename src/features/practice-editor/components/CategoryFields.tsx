import { describedBy, FieldError, FieldFrame, inputClass } from "@/components/ui/Field";

export type CategoryOption = { id: number; name: string; depth: number; parentName: string | null };

type Props = { options: CategoryOption[]; primary: string; others: string[]; errors: Record<string, string> };

/** The primary category (shown in the practice's path) and any others it is listed under. */
export function CategoryFields({ options, primary, others, errors }: Props) {
  const hint = "Praktyka pojawi się w tej kategorii i jej kategoriach nadrzędnych.";
  return (
    <>
      <FieldFrame id="primaryCategoryId" label="Kategoria główna" hint={hint} error={errors.primaryCategoryId}>
        <select
          id="primaryCategoryId"
          name="primaryCategoryId"
          defaultValue={primary}
          aria-invalid={errors.primaryCategoryId ? true : undefined}
          aria-describedby={describedBy("primaryCategoryId", hint, errors.primaryCategoryId)}
          className={inputClass}
        >
          <option value="">Wybierz kategorię</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.parentName ? `${option.parentName} › ${option.name}` : option.name}
            </option>
          ))}
        </select>
      </FieldFrame>
      <fieldset id="categoryIds" tabIndex={-1} className="mt-5" aria-describedby="categoryIds-podpowiedz">
        <legend className="font-semibold">Inne kategorie (nieobowiązkowo)</legend>
        <p id="categoryIds-podpowiedz" className="text-sm text-slate-700">
          Zaznacz, jeśli praktyka dotyczy też innych dziedzin.
        </p>
        <FieldError id="categoryIds" error={errors.categoryIds} />
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {options.map((option) => (
            <li key={option.id} className={option.depth > 0 ? "pl-6" : ""}>
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="categoryIds" value={option.id} defaultChecked={others.includes(String(option.id))} className="h-5 w-5" />
                {option.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
