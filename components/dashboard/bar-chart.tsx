"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { BarChartProps } from "./bar-chart-view";

export type { Series } from "./bar-chart-view";

// recharts is the largest library of the app (about 100 KB gzipped): it is fetched only once a
// chart comes near the screen, never as part of the page's first load.
const BarChartView = lazy(() => import("./bar-chart-view").then((m) => ({ default: m.BarChartView })));

/**
 * A bar chart for sighted readers. It is hidden from assistive technology: the figure's table
 * (its "Show as table") carries the same numbers, with links, for everyone. Its box has the
 * chart's size from the start, so nothing moves when the chart arrives.
 */
export function BarChart(props: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px 0px" }, // start a little before it scrolls in
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return (
    <div ref={box} aria-hidden="true" className="h-72 w-full">
      {near && (
        <Suspense fallback={null}>
          <BarChartView {...props} />
        </Suspense>
      )}
    </div>
  );
}
