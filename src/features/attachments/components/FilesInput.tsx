"use client";

import type { ChangeEventHandler, Ref } from "react";
import { describedBy, FieldError, inputClass } from "@/components/ui/Field";
import { ACCEPT_ATTRIBUTE, UPLOAD_FIELD } from "../schema";

type Props = {
  hint: string;
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
  onChange?: ChangeEventHandler<HTMLInputElement>;
};

/** "Dodaj pliki": the file field of both upload forms (a saved practice's and a new one's), with its hint and error. */
export function FilesInput({ hint, error, inputRef, disabled, onChange }: Props) {
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
      <label htmlFor="pliki" className="block font-semibold">
        Dodaj pliki
      </label>
      <p id="pliki-podpowiedz" className="text-sm text-slate-700">
        {hint}
      </p>
      <FieldError id="pliki" error={error ?? undefined} />
      <input
        ref={inputRef}
        id="pliki"
        name={UPLOAD_FIELD}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        disabled={disabled}
        onChange={onChange}
        aria-describedby={describedBy("pliki", hint, error ?? undefined)}
        aria-invalid={error ? true : undefined}
        className={inputClass}
      />
    </div>
  );
}
