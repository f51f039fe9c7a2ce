/**
 * Experiments: what a sigma frame costs on the GPU side (SwiftShader) for the
 * bench's 10k graph: render variants timed with a 1-pixel readPixels on
 * every WebGL context (which waits for the GPU process to finish).
 * Needs a build exposing `window.__app` (not the product build).
 *
 *   npx tsx scripts/bench/view-gpu.ts --dist DIR [--graph 10k]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../test/browser/helpers.ts';
import { preparedBody, serve } from './view-trace.ts';

const { values } = parseArgs({ options: { graph: { type: 'string', default: '10k' }, dist: { type: 'string' }, reps: { type: 'string', default: '5' } } });
const body = await preparedBody(values.graph!);
const served = await serve(values.dist!, body);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx names inner functions with a helper the page lacks.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(served.url);
  await page.waitForFunction(() => window.__newsgraph?.metrics.firstRender !== undefined, undefined, { timeout: 120_000, polling: 200 });
  await page.waitForTimeout(3000);
  console.log(`load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const out = await page.evaluate(async (reps) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const app = (window as any).__app;
    const r = app.renderer;
    const ctxs = r.webGLContexts as Record<string, WebGLRenderingContext>;
    const buf = new Uint8Array(4);
    const finish = () => {
      for (const gl of Object.values(ctxs)) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, buf);
    };
    const res: Record<string, number | string> = {};
    res.dims = JSON.stringify({ ...r.getDimensions(), pr: r.pixelRatio, down: r.pickingDownSizingRatio, nodes: r.getGraph().order, edges: r.getGraph().size, nodePrograms: Object.keys(r.nodePrograms), edgePrograms: Object.keys(r.edgePrograms) });
    const time = (label: string, fn: () => void) => {
      fn();
      finish();
      const t = performance.now();
      for (let i = 0; i < reps; i++) {
        fn();
        finish();
      }
      res[label] = +((performance.now() - t) / reps).toFixed(1);
    };
    const params = () => r.getRenderParams();
    time('nothing', () => {});
    time('clear', () => r.clear());
    time('render (full)', () => r.render());
    time('nodes: all programs', () => {
      const p = params();
      for (const t in r.nodePrograms) r.nodePrograms[t].render(p);
    });
    time('nodes: normal only', () => {
      const p = params();
      for (const t in r.nodePrograms) {
        const prog = r.nodePrograms[t];
        if (prog.hasNothingToRender()) continue;
        prog.normalProgram.gl.viewport(0, 0, p.width * p.pixelRatio, p.height * p.pixelRatio);
        prog.bindProgram(prog.normalProgram);
        prog.renderProgram(p, prog.normalProgram);
        prog.unbindProgram(prog.normalProgram);
      }
    });
    time('nodes: picking only', () => {
      const p = params();
      for (const t in r.nodePrograms) {
        const prog = r.nodePrograms[t];
        if (prog.hasNothingToRender() || !prog.pickProgram) continue;
        prog.pickProgram.gl.viewport(0, 0, (p.width * p.pixelRatio) / p.downSizingRatio, (p.height * p.pixelRatio) / p.downSizingRatio);
        prog.bindProgram(prog.pickProgram);
        prog.renderProgram({ ...p, pixelRatio: p.pixelRatio / p.downSizingRatio }, prog.pickProgram);
        prog.unbindProgram(prog.pickProgram);
      }
    });
    time('edges: all programs', () => {
      const p = params();
      for (const t in r.edgePrograms) r.edgePrograms[t].render(p);
    });
    time('labels', () => r.renderLabels());
    time('highlighted', () => r.renderHighlightedNodes());
    time('resetWebGLTexture', () => r.pickingLayers.forEach((l: string) => r.resetWebGLTexture(l)));
    // Frame to frame (includes the compositor's readback of the canvases).
    const raf = () => new Promise<number>((ok) => requestAnimationFrame(ok));
    const frames = async (label: string, fn: () => void) => {
      await raf();
      const t = performance.now();
      for (let i = 0; i < reps; i++) {
        fn();
        await raf();
      }
      res[label] = +((performance.now() - t) / reps).toFixed(1);
    };
    // Per instance or per pixel?
    const bp = r.nodePrograms.bordered;
    res.capacity = `${bp.capacity} bordered, ${r.nodePrograms.circle.capacity} circle; edges ${Object.entries(r.edgePrograms).map(([k, v]: [string, any]) => `${k} ${v.capacity}`).join(', ')}`;
    let area = 0;
    const sizes: number[] = [];
    r.getGraph().forEachNode((n: string) => {
      const d = r.getNodeDisplayData(n);
      const s = r.scaleSize(d.size);
      sizes.push(s);
      area += s * s;
    });
    sizes.sort((a, b) => a - b);
    res.nodeSizesPx = `median ${sizes[sizes.length >> 1]!.toFixed(1)}, p90 ${sizes[Math.floor(sizes.length * 0.9)]!.toFixed(1)}, max ${sizes[sizes.length - 1]!.toFixed(1)}, sum r^2 ${area.toFixed(0)}`;
    const cap = bp.capacity;
    for (const c of [100, 1000, cap]) {
      bp.capacity = Math.min(c, cap);
      time(`bordered normal, ${c} instances`, () => {
        const p = params();
        bp.normalProgram.gl.viewport(0, 0, p.width * p.pixelRatio, p.height * p.pixelRatio);
        bp.bindProgram(bp.normalProgram);
        bp.renderProgram(p, bp.normalProgram);
        bp.unbindProgram(bp.normalProgram);
      });
    }
    bp.capacity = cap;
    for (const scale of [0.25, 4]) {
      time(`bordered normal, sizes x${scale}`, () => {
        const p = { ...params() };
        p.sizeRatio = p.sizeRatio / scale;
        bp.normalProgram.gl.viewport(0, 0, p.width * p.pixelRatio, p.height * p.pixelRatio);
        bp.bindProgram(bp.normalProgram);
        bp.renderProgram(p, bp.normalProgram);
        bp.unbindProgram(bp.normalProgram);
      });
    }
    time('circle program with bordered data? (circle normal)', () => {
      const p = params();
      const cp = r.nodePrograms.circle;
      if (cp.hasNothingToRender()) return;
      cp.render(p);
    });
    for (const [k, ep] of Object.entries(r.edgePrograms) as Array<[string, any]>) {
      const subs = ep.programs ?? [ep];
      if (subs.every((x: any) => x.hasNothingToRender())) continue;
      time(`edges ${k} normal`, () => ep.render(params()));
      time(`edges ${k} thickness x0.25`, () => ep.render({ ...params(), sizeRatio: params().sizeRatio * 4 }));
      const caps = subs.map((x: any) => x.capacity);
      res[`edges ${k} capacity`] = caps.join(',');
      for (const x of subs) x.capacity = Math.min(x.capacity, 5000);
      time(`edges ${k} 5000 only`, () => ep.render(params()));
      subs.forEach((x: any, i: number) => (x.capacity = caps[i]));
    }
    const line = r.edgePrograms.line;
    if (line && !line.isInstanced) {
      const vc = line.verticesCount;
      for (const share of [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]) {
        line.verticesCount = Math.round((vc * share) / 2) * 2;
        time(`line: ${share * 100}% of the vertices`, () => {
          const p = params();
          line.normalProgram.gl.viewport(0, 0, p.width * p.pixelRatio, p.height * p.pixelRatio);
          line.bindProgram(line.normalProgram);
          line.renderProgram(p, line.normalProgram);
          line.unbindProgram(line.normalProgram);
        });
      }
      line.verticesCount = vc;
      time('line: bind (upload) only', () => {
        line.bindProgram(line.normalProgram);
        line.unbindProgram(line.normalProgram);
      });
      const cam = r.getCamera();
      const st = cam.getState();
      for (const ratio of [0.25, 4]) {
        cam.setState({ ...st, ratio: st.ratio * ratio });
        r.render();
        finish();
        time(`line: camera ratio x${ratio}`, () => line.render(params()));
        time(`nodes: camera ratio x${ratio}`, () => {
          const p = params();
          for (const t in r.nodePrograms) r.nodePrograms[t].render(p);
        });
      }
      cam.setState(st);
      r.render();
      finish();
    }
    await frames('raf: idle', () => {});
    await frames('raf: render', () => r.render());
    await frames('raf: clear only', () => r.clear());
    return res;
  }, Number(values.reps));
  for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(24)} ${v}`);
} finally {
  await browser.close();
  await served.close();
}
