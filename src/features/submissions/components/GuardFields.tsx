import { HONEYPOT_FIELD, STAMP_FIELD } from "@/features/public-forms/field-names";

/** The honeypot (hidden from people and assistive technology; bots fill it) and the fill-time stamp. */
export function GuardFields({ stamp }: { stamp: string }) {
  return (
    <>
      <div hidden aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>Nie wypełniaj tego pola</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name={STAMP_FIELD} value={stamp} />
    </>
  );
}
