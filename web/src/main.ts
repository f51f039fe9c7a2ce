/**
 * newsgraph view: wires the data graph, the filters, the rendering graph,
 * sigma, the ForceAtlas2 worker, search, the panel, the URL and the exports.
 * Exposes a small read-only hook, `window.__newsgraph`, for tests and bench.
 */
import './style.css';
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { DEFAULTS } from '../../src/config.ts';
import type { NewsGraph } from '../../src/types.ts';
import { buildControls, type Controls } from './controls.ts';
import { byId, clear, el } from './dom.ts';
import { edgePasses, graphDates, nodePasses, visibleSet, type Visible } from './filters.ts';
import { exportGexf, exportJson, visibleSubgraph } from './export.ts';
import { LayoutController, needsPreview, previewGraph, type LayoutEvent } from './layout.ts';
import { layoutStarted, layoutStopped, longTasksDuringLayout, metrics, observeLongTasks } from './metrics.ts';
import { closePanel, renderPanel } from './panel.ts';
import { buildRenderGraph, nodeSizes, type RenderEdge, type RenderGraph, type RenderNode } from './render-graph.ts';
import { createRenderer, type Focus } from './renderer.ts';
import { attachSearch, searchIndex, type SearchEntry } from './search.ts';
import { seededPositions, type Positions } from '../../src/layout/seed.ts';
import { loadFile, loadInitial, type Loaded } from './source.ts';
import { decodeState, encodeState, type ViewState } from './state.ts';

observeLongTasks();

const dom = {
  graph: byId('graph'),
  sidebar: byId('sidebar'),
  panel: byId('panel'),
  status: byId('status'),
  search: byId<HTMLInputElement>('search-input'),
  searchList: byId<HTMLUListElement>('search-list'),
  layoutBtn: byId<HTMLButtonElement>('layout-toggle'),
  fileInput: byId<HTMLInputElement>('file-input'),
  dropzone: byId('dropzone'),
};

class App {
  data: NewsGraph | undefined;
  state: ViewState = decodeState(location.search);
  positions: Positions = new Map();
  visible: Visible = { nodes: new Set(), edges: new Set() };
  renderGraph: RenderGraph | undefined;
  renderer: Sigma<RenderNode, RenderEdge> | undefined;
  controls: Controls | undefined;
  index: SearchEntry[] = [];
  focus: Focus = { neighbours: new Set() };
  layout = new LayoutController((e) => this.onLayout(e));
  source = '';

  setStatus(text: string): void {
    dom.status.textContent = text;
  }

  load(loaded: Loaded): void {
    this.data = loaded.graph;
    this.source = loaded.source;
    this.positions = seededPositions(loaded.graph, DEFAULTS.layoutSeed);
    let stored = true;
    loaded.graph.forEachNode((_n, a) => {
      if (typeof a.x !== 'number' || typeof a.y !== 'number') stored = false;
    });
    this.index = searchIndex(loaded.graph);
    if (this.state.selected && !loaded.graph.hasNode(this.state.selected)) delete this.state.selected;
    this.controls = buildControls(dom.sidebar, loaded.graph, graphDates(loaded.graph), this.state, () => this.update());
    this.renderer?.kill();
    this.renderer = undefined;
    this.renderGraph = undefined;
    this.layout.kill();
    const t0 = performance.now();
    this.rebuild();
    const warn = loaded.warnings.length ? ` · ${loaded.warnings.length} item(s) skipped (see console)` : '';
    for (const w of loaded.warnings) console.warn(w);
    this.setStatus(`${loaded.graph.order} nodes, ${loaded.graph.size} edges from ${loaded.source}${warn}`);
    if (this.state.selected) {
      this.select(this.state.selected, { push: false });
      // The layout will move it: centre it again once the layout stops.
      if (!stored) this.recentre = this.state.selected;
    }
    // Start the layout once the first frame is on screen, so that frame's
    // cost is not charged to the layout (and the user sees the graph first).
    void afterPaint().then(() => {
      const now = performance.now();
      metrics.firstPainted ??= now;
      // What a full frame costs here, per item (see "level of detail" in layout.ts).
      this.msPerItem = (now - t0) / Math.max(1, (this.renderGraph?.order ?? 0) + (this.renderGraph?.size ?? 0));
      if (!stored && loaded.graph.order > 1) this.startLayout();
    });
    this.updateLayoutButton();
  }

  /** Filters changed: derive a new rendering graph. */
  rebuild(): void {
    const data = this.data;
    if (!data) return;
    if (this.renderGraph) this.layout.savePositions(this.positions);
    this.visible = visibleSet(data, this.state);
    const rg = buildRenderGraph(data, this.visible, this.positions, nodeSizes(data, this.state.sizeBy));
    this.renderGraph = rg;
    this.syncFocus();
    // Both sigma's constructor and setGraph process and render synchronously.
    if (this.renderer) this.renderer.setGraph(rg);
    else {
      this.renderer = createRenderer(rg, dom.graph, this.focus);
      metrics.firstRender ??= performance.now();
      this.bindRenderer(this.renderer);
    }
    this.layout.attach(rg);
    this.controls?.setCounts(rg.order, rg.size);
  }

  update(): void {
    if (!this.state.selected) this.state.ego = 0;
    this.controls?.sync(this.state);
    this.rebuild();
    if (this.state.selected) this.showPanel(this.state.selected);
    this.writeUrl();
  }

  writeUrl(push = false): void {
    const url = `${location.pathname}${encodeState(this.state, new URLSearchParams(location.search))}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  bindRenderer(r: Sigma<RenderNode, RenderEdge>): void {
    r.on('enterNode', ({ node }) => {
      this.focus.hovered = node;
      this.refreshFocus();
    });
    r.on('leaveNode', () => {
      delete this.focus.hovered;
      this.refreshFocus();
    });
    r.on('clickNode', ({ node }) => this.select(node));
    r.on('clickStage', () => this.deselect());
  }

  /** Hover and selection for the reducers (no render). */
  syncFocus(): void {
    const rg = this.renderGraph;
    this.focus.selected = this.state.selected;
    this.focus.neighbours = new Set(this.focus.hovered && rg?.hasNode(this.focus.hovered) ? rg.neighbors(this.focus.hovered) : []);
  }

  /** Re-apply the reducers on the next frame (several calls make one render). */
  refreshFocus(): void {
    this.syncFocus();
    this.renderer?.refresh({ skipIndexation: true, schedule: true });
  }

  showPanel(node: string): void {
    const data = this.data;
    if (!data) return;
    renderPanel(dom.panel, data, node, {
      edgeVisible: (e) => edgePasses(data.getEdgeAttributes(e), this.state) && nodePasses(data.getNodeAttributes(data.opposite(node, e)), this.state),
      onSelect: (n) => this.select(n),
      onClose: () => this.deselect(),
    });
  }

  select(node: string, opts: { push?: boolean; focusPanel?: boolean } = {}): void {
    if (!this.data?.hasNode(node)) return;
    const changed = this.state.selected !== node;
    this.state.selected = node;
    if (this.state.ego > 0 && changed) this.rebuild();
    this.controls?.sync(this.state);
    this.showPanel(node);
    this.refreshFocus();
    this.moveCamera(node);
    if (opts.push !== false) this.writeUrl(changed);
    if (opts.focusPanel) dom.panel.focus();
  }

  deselect(): void {
    if (!this.state.selected) return;
    delete this.state.selected;
    const hadEgo = this.state.ego > 0;
    this.state.ego = 0;
    closePanel(dom.panel);
    this.controls?.sync(this.state);
    if (hadEgo) this.rebuild();
    this.refreshFocus();
    this.writeUrl();
  }

  moveCamera(node: string): void {
    const r = this.renderer;
    if (!r || !this.renderGraph?.hasNode(node)) return;
    // Display data is in framed coordinates only once a render has processed
    // it (a scheduled refresh resets it), so move after the next render.
    r.once('afterRender', () => {
      const d = r.getNodeDisplayData(node);
      if (d) void r.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(r.getCamera().ratio, 0.6) }, { duration: 400 });
    });
    r.scheduleRender();
  }

  /** Large graphs: show a light preview while the layout runs (see layout.ts). */
  previewing = false;
  msPerItem: number | undefined;
  /** A deep-linked node to centre once the first layout stops. */
  recentre: string | undefined;

  onLayout(e: LayoutEvent): void {
    if (e === 'start') {
      layoutStarted();
      this.enterPreview();
    } else {
      layoutStopped();
      if (this.previewing) {
        // Swap the full graph back in a task of its own, after the layout.
        this.previewing = false;
        setTimeout(() => {
          if (this.previewing || !this.renderer || !this.renderGraph) return;
          this.renderer.setGraph(this.renderGraph);
          this.setStatus(`${this.renderGraph.order} nodes, ${this.renderGraph.size} edges shown`);
        }, 0);
      }
      if (this.recentre) {
        const node = this.recentre;
        this.recentre = undefined;
        setTimeout(() => {
          if (this.state.selected === node) this.moveCamera(node);
        }, 0);
      }
    }
    if (e === 'converged' || e === 'timeout') {
      if (metrics.layoutConverged === undefined) {
        metrics.layoutConverged = performance.now();
        metrics.layoutEnd = e;
      }
      this.layout.savePositions(this.positions);
    }
    this.updateLayoutButton();
  }

  /** Start the layout; a preview, when needed, is shown in a task of its own first. */
  startLayout(): void {
    if (this.enterPreview()) setTimeout(() => this.layout.start(), 0);
    else this.layout.start();
  }

  /** Show the preview if the full graph is too slow to render live. */
  enterPreview(): boolean {
    if (!this.renderer || !this.renderGraph || !needsPreview(this.renderGraph, this.msPerItem)) return false;
    if (!this.previewing) {
      const preview = previewGraph(this.renderGraph);
      this.previewing = true;
      this.renderer.setGraph(preview);
      this.layout.setDisplay(preview);
      this.setStatus(`Layout running: showing the ${preview.order} biggest of ${this.renderGraph.order} nodes until it settles…`);
    } else this.layout.setDisplay(this.renderer.getGraph());
    return true;
  }

  updateLayoutButton(): void {
    const running = this.layout.isRunning();
    dom.layoutBtn.textContent = running ? 'Pause layout' : 'Run layout';
    dom.layoutBtn.setAttribute('aria-pressed', String(running));
  }

  /** The visible part of the data graph with current positions, as JSON. */
  /** The visible graph with current positions and sizes, for the export buttons. */
  private visibleGraph(): NewsGraph | undefined {
    if (!this.data) return undefined;
    this.layout.savePositions(this.positions);
    const sizes = new Map<string, number>();
    this.renderGraph?.forEachNode((n, a) => sizes.set(n, a.size));
    return visibleSubgraph(this.data, this.visible, this.positions, sizes);
  }

  exportJson(): string {
    const sub = this.visibleGraph();
    return sub ? exportJson(sub) : '{}';
  }

  exportGexf(): string {
    const sub = this.visibleGraph();
    return sub ? exportGexf(sub) : '';
  }
}

/** Resolves after the next frame has been painted. */
function afterPaint(): Promise<void> {
  return new Promise((ok) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(ok, 0)), 0)));
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { attrs: { href: url, download: name } });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const app = new App();

// Picking a search hit moves keyboard focus into the panel.
attachSearch(dom.search, dom.searchList, () => app.index, (node) => app.select(node, { focusPanel: true }));
dom.layoutBtn.addEventListener('click', () => (app.layout.isRunning() ? app.layout.stop() : app.startLayout()));
byId('export-gexf').addEventListener('click', () => download('newsgraph.gexf', 'application/xml', app.exportGexf()));
byId('export-json').addEventListener('click', () => download('newsgraph.json', 'application/json', app.exportJson()));
byId('export-png').addEventListener('click', () => {
  if (app.renderer) void downloadAsPNG(app.renderer as unknown as Sigma, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
});
byId('open-file').addEventListener('click', () => dom.fileInput.click());

async function openFile(file: File): Promise<void> {
  try {
    app.load(await loadFile(file));
  } catch (err) {
    app.setStatus((err as Error).message);
  }
}
dom.fileInput.addEventListener('change', () => {
  const f = dom.fileInput.files?.[0];
  if (f) void openFile(f);
});
window.addEventListener('dragover', (ev) => {
  ev.preventDefault();
  dom.dropzone.hidden = false;
});
window.addEventListener('dragleave', (ev) => {
  if (ev.relatedTarget === null) dom.dropzone.hidden = true;
});
window.addEventListener('drop', (ev) => {
  ev.preventDefault();
  dom.dropzone.hidden = true;
  const f = ev.dataTransfer?.files[0];
  if (f) void openFile(f);
});

// Keyboard: "/" focuses search, Escape closes the panel, "p" focuses it.
window.addEventListener('keydown', (ev) => {
  const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement;
  if (ev.key === '/' && !typing) {
    ev.preventDefault();
    dom.search.focus();
  } else if (ev.key === 'Escape' && !typing && app.state.selected) {
    app.deselect();
    dom.search.focus();
  } else if (ev.key === 'p' && !typing && app.state.selected) {
    dom.panel.focus();
  }
});

window.addEventListener('popstate', () => {
  app.state = decodeState(location.search);
  if (app.data) {
    app.controls?.sync(app.state);
    app.rebuild();
    if (app.state.selected && app.data.hasNode(app.state.selected)) app.select(app.state.selected, { push: false });
    else closePanel(dom.panel);
  }
});

declare global {
  interface Window {
    __newsgraph?: {
      ready: boolean;
      visibleNodes(): string[];
      visibleEdges(): string[];
      selected(): string | undefined;
      hovered(): string | undefined;
      /** A node's position in the viewport (CSS pixels of #graph), if drawn. */
      nodePosition(node: string): { x: number; y: number } | undefined;
      layoutRunning(): boolean;
      metrics: typeof metrics;
      longTasksDuringLayout(): Array<{ start: number; duration: number }>;
    };
  }
}

window.__newsgraph = {
  ready: false,
  visibleNodes: () => (app.renderGraph ? app.renderGraph.nodes() : []),
  visibleEdges: () => (app.renderGraph ? app.renderGraph.edges() : []),
  selected: () => app.state.selected,
  hovered: () => app.focus.hovered,
  nodePosition: (node) => {
    const d = app.renderer?.getNodeDisplayData(node);
    return d && app.renderer ? app.renderer.framedGraphToViewport(d) : undefined;
  },
  layoutRunning: () => app.layout.isRunning(),
  metrics,
  longTasksDuringLayout: () => longTasksDuringLayout(),
};

loadInitial(location.search)
  .then((loaded) => {
    if (loaded) app.load(loaded);
    else {
      clear(dom.sidebar);
      app.setStatus('No graph loaded: open or drop an exported JSON graph (newsgraph export --format json).');
    }
  })
  .catch((err: Error) => app.setStatus(`Could not load the graph: ${err.message}`))
  .finally(() => {
    if (window.__newsgraph) window.__newsgraph.ready = true;
  });
