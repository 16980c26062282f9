"use client";

import { Bar, BarChart as Chart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type Series = { key: string; label: string; color: string };

export type BarChartProps = {
  data: Array<Record<string, string | number | null>>;
  /** the category of each bar: month, status, country */
  xKey: string;
  series: Series[];
  stacked?: boolean;
  /** what the bars count ("Cases"), written along the vertical axis */
  yLabel: string;
};

/**
 * The chart itself, drawn with recharts (about 100 KB gzipped): loaded by ./bar-chart.tsx only when
 * the chart comes near the screen, into the box that holds its place.
 */
export function BarChartView({ data, xKey, series, stacked = false, yLabel }: BarChartProps) {
  // Every bar gets its label: recharts would otherwise drop the ones that do not fit, leaving
  // bars nobody can name. Many or long labels are slanted to make room.
  const slanted = data.length > 6 || data.some((d) => String(d[xKey] ?? "").length > 10);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Chart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey={xKey}
          tick={{ fontSize: 12, fill: "#334155" }}
          interval={0}
          angle={slanted ? -35 : 0}
          textAnchor={slanted ? "end" : "middle"}
          height={slanted ? 70 : 30}
          tickFormatter={(v: string | number) => (String(v).length > 16 ? `${String(v).slice(0, 15)}…` : String(v))}
        />
        <YAxis
          allowDecimals={false}
          tick={{ fontSize: 12, fill: "#334155" }}
          width={48}
          label={{ value: yLabel, angle: -90, position: "insideLeft", style: { fontSize: 12, fill: "#334155", textAnchor: "middle" } }}
        />
        <Tooltip />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? "all" : undefined} isAnimationActive={false} />
        ))}
      </Chart>
    </ResponsiveContainer>
  );
}
