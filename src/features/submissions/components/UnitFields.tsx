import { SelectField, TextField } from "@/components/ui/Field";
import { ALL_UNIT_TYPES, ALL_VOIVODESHIPS, UNIT_TYPES, VOIVODESHIPS } from "@/features/practice/vocabulary";
import type { SubmissionValues } from "../schema";

type Props = { values: SubmissionValues; errors: Record<string, string> };

/** The unit that carried out the practice: the record's "Metryka", labelled as the admin's form. */
export function UnitFields({ values, errors }: Props) {
  return (
    <div className="grid gap-x-6 sm:grid-cols-2">
      <TextField id="implementingUnit" name="implementingUnit" label="Jednostka wdrażająca" hint="Na przykład Urząd Miejski w Zabrzu." defaultValue={values.implementingUnit} error={errors.implementingUnit} />
      <SelectField id="unitType" name="unitType" label="Typ jednostki" placeholder="Wybierz typ jednostki" defaultValue={values.unitType} error={errors.unitType} options={ALL_UNIT_TYPES.map((value) => ({ value, label: UNIT_TYPES[value].description }))} />
      <TextField id="locality" name="locality" label="Miejscowość" defaultValue={values.locality} error={errors.locality} />
      <SelectField id="voivodeship" name="voivodeship" label="Województwo" placeholder="Wybierz województwo" defaultValue={values.voivodeship} error={errors.voivodeship} options={ALL_VOIVODESHIPS.map((value) => ({ value, label: VOIVODESHIPS[value].label }))} />
      <TextField id="postalCode" name="postalCode" label="Kod pocztowy" hint="Na przykład 41-800." inputMode="numeric" autoComplete="off" defaultValue={values.postalCode} error={errors.postalCode} className="max-w-32" />
      <TextField id="postOffice" name="postOffice" label="Poczta" defaultValue={values.postOffice} error={errors.postOffice} />
      <TextField id="street" name="street" label="Ulica (nieobowiązkowo)" defaultValue={values.street} error={errors.street} />
      <TextField id="website" name="website" label="Witryna internetowa (nieobowiązkowo)" hint="Na przykład www.gmina.pl" type="url" spellCheck={false} defaultValue={values.website} error={errors.website} />
      <TextField id="population" name="population" label="Liczba mieszkańców (nieobowiązkowo)" inputMode="numeric" defaultValue={values.population} error={errors.population} className="max-w-48" />
    </div>
  );
}
