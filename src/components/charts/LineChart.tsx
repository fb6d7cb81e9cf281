import { useId } from "react";
import { formatInteger } from "@/lib/format";
import { niceTicks } from "./scale";

export type Series = {
  name: string;
  values: number[];
  color: string;
  /** Series differ by line style too, not by colour alone (WCAG 1.4.1). */
  dashed?: boolean;
};

type Props = {
  title: string;
  description: string;
  /** One label per point, e.g. "1 lis"; only every `labelEvery`-th is drawn. */
  labels: string[];
  labelEvery?: number;
  series: Series[];
  formatValue?: (value: number) => string;
};

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 16;
const TOP = 36;
const BOTTOM = 36;
const TEXT = "#0f172a";
const GRID = "#94a3b8";

/** A line chart as server-rendered SVG, with a legend and a labelled value axis. */
export function LineChart({ title, description, labels, labelEvery = 7, series, formatValue = formatInteger }: Props) {
  const id = useId();
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max, 5);
  const top = ticks.at(-1)!;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) => LEFT + (labels.length <= 1 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="h-auto w-full max-w-[45rem]"
      fontSize={12}
      fontFamily="inherit"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {series.map((s, index) => (
        <g key={s.name} transform={`translate(${LEFT + index * 190}, 12)`}>
          <line x1={0} x2={28} y1={0} y2={0} stroke={s.color} strokeWidth={3} strokeDasharray={s.dashed ? "6 4" : undefined} />
          <text x={36} y={4.5} fill={TEXT} fontSize={13}>
            {s.name}
          </text>
        </g>
      ))}
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={GRID} strokeWidth={tick === 0 ? 1.5 : 0.5} strokeDasharray={tick === 0 ? undefined : "3 3"} />
          <text x={LEFT - 8} y={y(tick) + 4} textAnchor="end" fill={TEXT}>
            {formatValue(tick)}
          </text>
        </g>
      ))}
      {labels.map((label, index) =>
        // Every `labelEvery`-th label and the last one, unless the last would crowd its neighbour.
        (index % labelEvery === 0 && labels.length - 1 - index >= labelEvery / 2) || index === labels.length - 1 ? (
          <g key={`${label}-${index}`}>
            <line x1={x(index)} x2={x(index)} y1={TOP + plotHeight} y2={TOP + plotHeight + 4} stroke={GRID} />
            <text x={x(index)} y={TOP + plotHeight + 18} textAnchor="middle" fill={TEXT}>
              {label}
            </text>
          </g>
        ) : null,
      )}
      {series.map((s) => (
        <polyline
          key={s.name}
          points={s.values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(" ")}
          fill="none"
          stroke={s.color}
          strokeWidth={2.5}
          strokeLinejoin="round"
          strokeDasharray={s.dashed ? "6 4" : undefined}
        />
      ))}
    </svg>
  );
}
