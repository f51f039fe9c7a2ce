/**
 * Timings for the benchmark and the test hook: time to first render, time
 * until the layout converged, and the main thread's long tasks
 * (PerformanceObserver 'longtask') with the windows when the layout ran.
 * All times are `performance.now()` milliseconds since navigation start.
 */
export interface Metrics {
  firstRender?: number;
  /** The first screen was drawn from the JSON before the data graph existed (quick-view.ts): its node count. */
  quickNodes?: number;
  /** The overview's first screen is drawn without its edges (quick-view.ts): when they were all in sigma's programs (then drawn over frames). */
  edgesReady?: number;
  /** When the data graph was imported and the view complete (search, panel, filters). */
  dataReady?: number;
  /** When the first frame had been painted and the main thread was free again. */
  firstPainted?: number;
  /**
   * The WebGL canvases the overview's first frame drew on or cleared (with
   * its priming, in the same task): each is read back by that frame's
   * commit, which software WebGL makes the page wait for (blank-layers.ts).
   */
  firstFrameCanvases?: string[];
  /** When the overview's first frame's picking layer (which node is under the mouse) was drawn, in a task after that frame. */
  firstPickingLayer?: number;
  /** The programs a first hover or selection draws with, compiled once the graph's edges were all drawn (renderer.ts `primeFocusPrograms`), and when. */
  focusPrimed?: { at: number; programs: string[] };
  layoutConverged?: number;
  /** Why the first layout run ended. */
  layoutEnd?: 'converged' | 'timeout';
  layoutWindows: Array<{ start: number; end?: number }>;
  longTasks: Array<{ start: number; duration: number }>;
}

export const metrics: Metrics = { layoutWindows: [], longTasks: [] };

export function layoutStarted(): void {
  metrics.layoutWindows.push({ start: performance.now() });
}

export function layoutStopped(): void {
  const w = metrics.layoutWindows[metrics.layoutWindows.length - 1];
  if (w && w.end === undefined) w.end = performance.now();
}

/** Long tasks that overlap a window when the layout was running. */
export function longTasksDuringLayout(m: Metrics = metrics): Array<{ start: number; duration: number }> {
  return m.longTasks.filter((t) =>
    m.layoutWindows.some((w) => t.start + t.duration >= w.start && t.start <= (w.end ?? Infinity)),
  );
}

export function observeLongTasks(): void {
  if (typeof PerformanceObserver === 'undefined') return;
  try {
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) metrics.longTasks.push({ start: e.startTime, duration: e.duration });
    });
    obs.observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks are not observable in this browser.
  }
}
