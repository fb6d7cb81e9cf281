import type { DemoPractice } from "./types";

/**
 * A demo record's creation and last change: its own "Data wprowadzenia" and "Data aktualizacji",
 * at an office hour that differs from record to record, so the admin's list shows a realistic,
 * distinct "Ostatnia zmiana" for each instead of the minute of the import.
 */
export function demoRecordedAt(practice: Pick<DemoPractice, "enteredOn" | "revisedOn">, index: number): { created: Date; changed: Date } {
  const at = (day: string, minutes: number) => new Date(Date.parse(`${day}T07:00:00Z`) + minutes * 60_000);
  const created = at(practice.enteredOn, (index * 53) % 480);
  const changed = at(practice.revisedOn, (index * 97 + 31) % 480);
  return { created, changed: changed < created ? created : changed };
}
