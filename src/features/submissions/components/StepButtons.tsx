"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/Button";

/**
 * The step's buttons. With JavaScript they are disabled while the step is saved: React resets the
 * form to the saved values when the save ends, so nothing should be typed (or sent twice) meanwhile.
 */
export function StepButtons() {
  const { pending } = useFormStatus();
  return (
    <div className="mt-10 flex flex-wrap items-center gap-4 border-t-2 border-slate-300 pt-6">
      <Button name="operacja" value="dalej" disabled={pending}>
        Zapisz i przejdź dalej
      </Button>
      <Button name="operacja" value="zapisz" variant="secondary" disabled={pending}>
        Zapisz
      </Button>
      {pending && <p role="status">Zapisywanie…</p>}
    </div>
  );
}
