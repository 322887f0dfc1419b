// SPDX-License-Identifier: EUPL-1.2
import { scaleBand, scaleLinear } from "d3-scale";
import { useId } from "react";
import { cn } from "@/components/ui/class-names";

/**
 * A grouped bar chart drawn on the server as plain SVG: d3-scale computes positions, the
 * markup carries only attributes and classes. No script runs and no inline style is needed, so
 * it renders under the portal's strict Content-Security-Policy, prints sharply and can be
 * copied into a report as it is. The table beside it carries the same numbers for screen
 * readers; the chart itself is one labelled image.
 */

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartDatum {
  label: string;
  values: Record<string, number>;
}

/** Fill classes in series order; chosen to stay apart for the common colour-vision deficiencies. */
export const SERIES_FILLS = ["fill-brand-600", "fill-accent-600", "fill-teal-500", "fill-slate-400", "fill-amber-400"] as const;
export const SERIES_SWATCHES = ["bg-brand-600", "bg-accent-600", "bg-teal-500", "bg-slate-400", "bg-amber-400"] as const;

const WIDTH = 640;

function ticks(max: number): number[] {
  return scaleLinear().domain([0, Math.max(max, 1)]).nice().ticks(4).filter(Number.isInteger);
}

function Legend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span className={cn("inline-block size-3 rounded-sm", SERIES_SWATCHES[i % SERIES_SWATCHES.length])} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export function BarChart({
  title,
  series,
  data,
  orientation,
  formatNumber,
}: {
  title: string;
  series: readonly ChartSeries[];
  data: readonly ChartDatum[];
  /** "vertical": one column group per month; "horizontal": one row group per category. */
  orientation: "vertical" | "horizontal";
  formatNumber: (n: number) => string;
}) {
  const id = useId();
  const max = Math.max(0, ...data.flatMap((d) => series.map((s) => d.values[s.key] ?? 0)));
  const scaleTicks = ticks(max);
  const top = scaleTicks.at(-1) ?? 1;
  return (
    <figure className="flex flex-col gap-2">
      {orientation === "vertical" ? (
        <VerticalBars id={id} title={title} series={series} data={data} top={top} scaleTicks={scaleTicks} formatNumber={formatNumber} />
      ) : (
        <HorizontalBars id={id} title={title} series={series} data={data} top={top} scaleTicks={scaleTicks} formatNumber={formatNumber} />
      )}
      {series.length > 1 ? <Legend series={series} /> : null}
    </figure>
  );
}

interface BarsProps {
  id: string;
  title: string;
  series: readonly ChartSeries[];
  data: readonly ChartDatum[];
  top: number;
  scaleTicks: number[];
  formatNumber: (n: number) => string;
}

function VerticalBars({ id, title, series, data, top, scaleTicks, formatNumber }: BarsProps) {
  const height = 260;
  const margin = { top: 12, right: 8, bottom: 40, left: 48 };
  const x = scaleBand<string>()
    .domain(data.map((d) => d.label))
    .range([margin.left, WIDTH - margin.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([0, x.bandwidth()])
    .padding(0.05);
  const y = scaleLinear().domain([0, top]).range([height - margin.bottom, margin.top]);
  // Every month's label fits up to 12 months; longer periods label every second or third.
  const labelEvery = Math.ceil(data.length / 12);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t`} className="h-auto w-full">
      <title id={`${id}-t`}>{title}</title>
      {scaleTicks.map((t) => (
        <g key={t}>
          <line x1={margin.left} x2={WIDTH - margin.right} y1={y(t)} y2={y(t)} className="stroke-slate-200" />
          <text x={margin.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} className="fill-slate-600">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {data.map((d, di) => (
        <g key={d.label}>
          {series.map((s, si) => {
            const value = d.values[s.key] ?? 0;
            return (
              <rect
                key={s.key}
                x={(x(d.label) ?? 0) + (inner(s.key) ?? 0)}
                y={y(value)}
                width={inner.bandwidth()}
                height={y(0) - y(value)}
                className={SERIES_FILLS[si % SERIES_FILLS.length]}
              />
            );
          })}
          {di % labelEvery === 0 ? (
            <text x={(x(d.label) ?? 0) + x.bandwidth() / 2} y={height - margin.bottom + 16} textAnchor="middle" fontSize={11} className="fill-slate-700">
              {d.label}
            </text>
          ) : null}
        </g>
      ))}
      <line x1={margin.left} x2={WIDTH - margin.right} y1={y(0)} y2={y(0)} className="stroke-slate-500" />
    </svg>
  );
}

function HorizontalBars({ id, title, series, data, top, scaleTicks, formatNumber }: BarsProps) {
  const rowHeight = 10 + series.length * 10;
  const margin = { top: 8, right: 16, bottom: 24, left: 200 };
  const height = margin.top + margin.bottom + Math.max(1, data.length) * rowHeight;
  const y = scaleBand<string>()
    .domain(data.map((d) => d.label))
    .range([margin.top, height - margin.bottom])
    .paddingInner(0.25);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.key))
    .range([0, y.bandwidth()])
    .padding(0.05);
  const x = scaleLinear().domain([0, top]).range([margin.left, WIDTH - margin.right]);
  const clip = (label: string) => (label.length > 32 ? `${label.slice(0, 31)}…` : label);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t`} className="h-auto w-full">
      <title id={`${id}-t`}>{title}</title>
      {scaleTicks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={margin.top} y2={height - margin.bottom} className="stroke-slate-200" />
          <text x={x(t)} y={height - margin.bottom + 14} textAnchor="middle" fontSize={11} className="fill-slate-600">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {data.map((d) => (
        <g key={d.label}>
          <text x={margin.left - 6} y={(y(d.label) ?? 0) + y.bandwidth() / 2} dy="0.32em" textAnchor="end" fontSize={11} className="fill-slate-700">
            {clip(d.label)}
          </text>
          {series.map((s, si) => {
            const value = d.values[s.key] ?? 0;
            return (
              <rect
                key={s.key}
                x={x(0)}
                y={(y(d.label) ?? 0) + (inner(s.key) ?? 0)}
                width={x(value) - x(0)}
                height={inner.bandwidth()}
                className={SERIES_FILLS[si % SERIES_FILLS.length]}
              />
            );
          })}
        </g>
      ))}
      <line x1={x(0)} x2={x(0)} y1={margin.top} y2={height - margin.bottom} className="stroke-slate-500" />
    </svg>
  );
}
