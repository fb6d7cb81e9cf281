import type { ReactNode } from "react";
import { inputClass } from "@/components/ui/Field";

type FilterFormProps = {
  /** The list's own address: every filtered view is a URL of it. */
  action: string;
  label: string;
  /** The grid's columns from the small breakpoint on, e.g. "sm:grid-cols-3". */
  columns: string;
  children: ReactNode;
};

/** An admin list's GET filter form: its fields, then "Pokaż" and a link that clears them. */
export function FilterForm({ action, label, columns, children }: FilterFormProps) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={`mt-6 grid gap-4 border-2 border-slate-300 p-4 ${columns}`}>
      {children}
      <div className="col-span-full flex items-end gap-4">
        <button type="submit" className="bg-brand-800 px-4 py-2 font-semibold text-white">
          Pokaż
        </button>
        <a href={action}>Wyczyść filtry</a>
      </div>
    </form>
  );
}

type FilterSelectProps = {
  name: string;
  label: string;
  defaultValue: string;
  options: { value: string; label: string }[];
  /** The first option, meaning "no filter" (value ""); absent when a value is always chosen. */
  anyLabel?: string;
};

/** A filter's label above its control; the control's id is `filtr-<name>`. */
function Labelled({ name, label, children }: { name: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={`filtr-${name}`} className="block font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FilterSelect({ name, label, defaultValue, options, anyLabel }: FilterSelectProps) {
  return (
    <Labelled name={name} label={label}>
      <select id={`filtr-${name}`} name={name} defaultValue={defaultValue} className={inputClass}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A text or date filter field. */
export function FilterInput({ name, label, defaultValue, type = "text" }: { name: string; label: string; defaultValue: string; type?: "text" | "date" | "number" }) {
  return (
    <Labelled name={name} label={label}>
      <input
        id={`filtr-${name}`}
        name={name}
        type={type === "number" ? "text" : type}
        inputMode={type === "number" ? "numeric" : undefined}
        defaultValue={defaultValue}
        className={inputClass}
      />
    </Labelled>
  );
}
