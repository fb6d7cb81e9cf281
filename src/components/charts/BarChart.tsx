import { useId } from "react";
import { formatInteger } from "@/lib/format";
import { niceTicks, truncateLabel } from "./scale";

export type Bar = { label: string; value: number };

type Props = {
  /** Read by screen readers as the image's name (role="img"). */
  title: string;
  /** The chart in words: what it shows and its main figures. */
  description: string;
  bars: Bar[];
  formatValue?: (value: number) => string;
  /** Longer labels are shortened with "…" (the data table beside has them whole). */
  maxLabelLength?: number;
};

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_SPACE = 64;
const ROW = 26;
const BAR = 16;
const TOP = 6;
const AXIS = 26;
const TEXT = "#0f172a"; // slate-900: 17:1 on white
const BAR_FILL = "#1f5f3c"; // brand-700: 7.8:1 on white (WCAG 1.4.11 asks 3:1)
const GRID = "#94a3b8";

/** A horizontal bar chart as server-rendered SVG: one labelled bar per item, value at its end. */
export function BarChart({ title, description, bars, formatValue = formatInteger, maxLabelLength = 30 }: Props) {
  const id = useId();
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const ticks = niceTicks(max, 4);
  const top = ticks.at(-1)!;
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const x = (value: number) => LABEL_WIDTH + (value / top) * plotWidth;
  const height = TOP + bars.length * ROW + AXIS;
  const axisY = TOP + bars.length * ROW;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="h-auto w-full max-w-[40rem]"
      fontSize={13}
      fontFamily="inherit"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} stroke={GRID} strokeWidth={tick === 0 ? 1.5 : 0.5} strokeDasharray={tick === 0 ? undefined : "3 3"} />
          <text x={x(tick)} y={axisY + 17} textAnchor="middle" fill={TEXT} fontSize={12}>
            {formatValue(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const y = TOP + index * ROW;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4.5} textAnchor="end" fill={TEXT}>
              {truncateLabel(bar.label, maxLabelLength)}
            </text>
            <rect x={LABEL_WIDTH} y={y + (ROW - BAR) / 2} width={Math.max(0, x(bar.value) - LABEL_WIDTH)} height={BAR} fill={BAR_FILL} />
            <text x={x(bar.value) + 6} y={y + ROW / 2 + 4.5} fill={TEXT} fontWeight={600}>
              {formatValue(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
