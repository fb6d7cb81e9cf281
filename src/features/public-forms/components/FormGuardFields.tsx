import { HONEYPOT_FIELD, STAMP_FIELD } from "@/features/public-forms/field-names";

/**
 * The hidden fields of features/public-forms/guard.ts: the signed stamp of when the form was served
 * and the honeypot, off screen and hidden from assistive technology (people never fill it in).
 */
export function FormGuardFields({ stamp }: { stamp: string }) {
  return (
    <>
      <input type="hidden" name={STAMP_FIELD} value={stamp} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Nie wypełniaj tego pola</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
