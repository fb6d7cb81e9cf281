import { rangeLabel, type ShadeClass } from "../shading";

/** The colour classes with their ranges; swatches are outlined so the palest stays visible on white. */
export function MapLegend({ classes }: { classes: ShadeClass[] }) {
  return (
    <div className="mt-4">
      <h3 id="mapa-legenda" className="font-semibold">
        Legenda: liczba praktyk w województwie
      </h3>
      <ul aria-labelledby="mapa-legenda" className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {classes.map((shade) => (
          <li key={shade.fill} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-5 w-8 border border-slate-600" style={{ backgroundColor: shade.fill }} />
            {rangeLabel(shade)}
          </li>
        ))}
      </ul>
    </div>
  );
}
