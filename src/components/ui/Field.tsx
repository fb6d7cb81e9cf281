import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Form fields in the GOV.UK pattern: label, optional hint, the error above the control with a
// hidden "Błąd:" prefix, and the control described by both.

export const inputClass =
  "mt-1 block w-full border-2 border-slate-700 bg-white px-2 py-1.5 text-slate-900 aria-[invalid=true]:border-red-700";

type Frame = { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode; className?: string };

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-podpowiedz` : null, error ? `${id}-blad` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldFrame({ id, label, hint, error, children, className = "" }: Frame) {
  return (
    <div className={`mt-5 ${error ? "border-l-4 border-red-700 pl-3" : ""} ${className}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-podpowiedz`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-blad`} className="mt-1 font-semibold text-red-700">
      <span className="sr-only">Błąd: </span>
      {error}
    </p>
  );
}

type Common = { id: string; label: ReactNode; hint?: ReactNode; error?: string; frameClassName?: string };

export function TextField({ id, label, hint, error, frameClassName, className = "", ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={frameClassName}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${className}`}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ id, label, hint, error, frameClassName, className = "", ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={frameClassName}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${className}`}
        {...input}
      />
    </FieldFrame>
  );
}

type SelectProps = Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string };

export function SelectField({ id, label, hint, error, frameClassName, options, placeholder, className = "", ...select }: SelectProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={frameClassName}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${className}`}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type CheckboxGroupProps = {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: ReactNode }[];
  checked: string[];
  className?: string;
};

/** Checkboxes under one legend; the fieldset takes the focus from the error summary's link. */
export function CheckboxGroup({ id, name, legend, hint, error, options, checked, className = "" }: CheckboxGroupProps) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, hint, error)}
      className={`mt-5 ${error ? "border-l-4 border-red-700 pl-3" : ""} ${className}`}
    >
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-podpowiedz`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <li key={option.value}>
            <label className="inline-flex items-start gap-2">
              <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} className="mt-0.5 h-5 w-5 shrink-0" />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
