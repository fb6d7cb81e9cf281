import { CheckboxGroup, FieldError, TextAreaField, TextField } from "@/components/ui/Field";
import { figureFieldId } from "@/features/practice-editor/form-values";
import { ALL_FUNDING_SOURCES, FUNDING_SOURCES, SDG_GOAL_NAMES } from "@/features/practice/vocabulary";
import type { SubmissionValues } from "../schema";

type Props = { values: SubmissionValues; errors: Record<string, string> };

/** Empty figure rows offered after the filled ones: more can be added after saving, without JavaScript. */
const SPARE_FIGURES = 2;

/** Period, results and figures, cost and funding, partners, potential for transfer, SDG goals. */
export function DetailsFields({ values, errors }: Props) {
  const figures = [...values.resultFigures, ...Array.from({ length: SPARE_FIGURES }, () => ({ value: "", label: "" }))];
  return (
    <>
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">Okres realizacji</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField id="periodStart" name="periodStart" type="date" label="Data rozpoczęcia (nieobowiązkowo)" hint="RRRR-MM-DD" defaultValue={values.periodStart} error={errors.periodStart} />
          <TextField id="periodEnd" name="periodEnd" type="date" label="Data zakończenia (nieobowiązkowo)" hint="RRRR-MM-DD" defaultValue={values.periodEnd} error={errors.periodEnd} />
        </div>
        <label className="mt-4 inline-flex items-center gap-2">
          <input id="ongoing" type="checkbox" name="ongoing" value="tak" defaultChecked={values.ongoing} className="h-5 w-5" />
          Praktyka trwa
        </label>
      </fieldset>

      <h2 className="mt-10 text-xl font-bold">Rezultaty</h2>
      <TextAreaField id="results" name="results" label="Rezultaty i wpływ (nieobowiązkowo)" rows={6} defaultValue={values.results} error={errors.results} />
      <fieldset id="resultFigures" tabIndex={-1} className="mt-6">
        <legend className="font-semibold">Rezultaty w liczbach (nieobowiązkowo)</legend>
        <p className="text-sm text-slate-700">Na przykład 97 – „osób podjęło pracę”. Puste wiersze są pomijane.</p>
        <FieldError id="resultFigures" error={errors.resultFigures} />
        <input type="hidden" name="figureCount" value={figures.length} />
        <ol className="mt-2 space-y-2">
          {figures.map((figure, index) => (
            <li key={index} className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
              <TextField id={figureFieldId(index, "value")} name={figureFieldId(index, "value")} label={<>Liczba<span className="sr-only"> {index + 1}</span></>} inputMode="decimal" defaultValue={figure.value} error={errors[figureFieldId(index, "value")]} />
              <TextField id={figureFieldId(index, "label")} name={figureFieldId(index, "label")} label={<>Czego dotyczy<span className="sr-only"> liczba {index + 1}</span></>} defaultValue={figure.label} error={errors[figureFieldId(index, "label")]} />
            </li>
          ))}
        </ol>
      </fieldset>

      <h2 className="mt-10 text-xl font-bold">Koszt i finansowanie</h2>
      <TextField id="totalCostPln" name="totalCostPln" label="Całkowity koszt w złotych (nieobowiązkowo)" inputMode="numeric" defaultValue={values.totalCostPln} error={errors.totalCostPln} className="max-w-48" />
      <CheckboxGroup id="fundingSources" legend="Źródła finansowania (nieobowiązkowo)" name="fundingSources" options={ALL_FUNDING_SOURCES.map((value) => ({ value, label: FUNDING_SOURCES[value].label }))} checked={values.fundingSources} error={errors.fundingSources} />
      <TextField id="fundingProgramme" name="fundingProgramme" label="Program lub działanie (nieobowiązkowo)" hint="Na przykład Poddziałanie 7.1.1." defaultValue={values.fundingProgramme} error={errors.fundingProgramme} />

      <h2 className="mt-10 text-xl font-bold">Partnerzy i przeniesienie</h2>
      <TextAreaField id="partners" name="partners" label="Partnerzy (nieobowiązkowo)" rows={3} defaultValue={values.partners} error={errors.partners} />
      <TextAreaField id="transferPotential" name="transferPotential" label="Co jest potrzebne, żeby powtórzyć praktykę (nieobowiązkowo)" hint="Ludzie, pieniądze, czas, pułapki." rows={5} defaultValue={values.transferPotential} error={errors.transferPotential} />
      <CheckboxGroup id="sdgGoals" legend="Cele zrównoważonego rozwoju ONZ (nieobowiązkowo)" name="sdgGoals" options={Object.entries(SDG_GOAL_NAMES).map(([value, name]) => ({ value, label: `${value}. ${name}` }))} checked={values.sdgGoals} error={errors.sdgGoals} />
    </>
  );
}
