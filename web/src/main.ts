/**
 * newsgraph view: wires the data graph, the filters, the rendering graph
 * (entities, or one node per community), sigma, the ForceAtlas2 worker,
 * search, the panel, the URL and the exports. Exposes a small read-only
 * hook, `window.__newsgraph`, for tests and bench.
 */
import './style.css';
import Graph from 'graphology';
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { DEFAULTS } from '../../src/config.ts';
import { centrality } from '../../src/graph/centrality.ts';
import { communitiesOf, describeCommunities, detectCommunities, type CommunityInfo } from '../../src/graph/communities.ts';
import { seededPositions, type Positions } from '../../src/layout/seed.ts';
import type { NewsGraph } from '../../src/types.ts';
import { buildCommunityGraph, communityOfKey } from './community-view.ts';
import { buildControls, itemCountsSteps, type Controls, type ItemCounts } from './controls.ts';
import { byId, clear, el } from './dom.ts';
import { edgePasses, graphDates, nodePasses, visibleSet, visibleSetSteps, type Visible } from './filters.ts';
import { EvidenceLoader } from './evidence.ts';
import { exportGexf, exportJson, visibleSubgraph } from './export.ts';
import { LayoutController, needsPreview, previewGraph, type LayoutEvent } from './layout.ts';
import { layoutStarted, layoutStopped, longTasksDuringLayout, metrics, observeLongTasks } from './metrics.ts';
import { closePanel, renderCommunityPanel, renderPanel } from './panel.ts';
import { addingEdgeItems, buildRenderGraph, DENSE_EDGES, nodeSizes, type EdgeItem, type RenderEdge, type RenderGraph, type RenderNode } from './render-graph.ts';
import { addingRenderEdges, adoptGraph, createRenderer, edgeFramesOf, focusFrame, focusFramesOf, primeFocusPrograms, type FocusFrames, layerStates, pickingAfterFrame, programDigest, focusCentre, LabelPlacer, lastFrameDrewEdges, overlappingPairs, primeRenderer, setRenderGraph, EDGE_PROGRAMS, type Focus, type LabelBox } from './renderer.ts';
import { attachSearch, searchIndex, searchIndexSteps, type SearchEntry } from './search.ts';
import { fetchInitial, fetchJson, readFile, type Fetched, type Loaded } from './source.ts';
import { decodeState, encodeState, isPlainOverview, OVERVIEW_FROM, resolveOptions, type SizeBy, type ViewState } from './state.ts';
import { graphItems, parseGraph, parseGraphInSlices } from './data.ts';
import { quickCommunityNodes, quickEntityNodes } from './quick-view.ts';

observeLongTasks();

/** Above this many nodes + edges shown, hovering does not dim the rest (selecting does). */
const HOVER_FOCUS_MAX_ITEMS = 20_000;

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
  /** The evidence the graph came without, fetched per node when its panel opens. */
  evidence: EvidenceLoader | undefined;
  state: ViewState = decodeState(location.search);
  positions: Positions = new Map();
  visible: Visible = { nodes: new Set(), edges: new Set(), isolated: 0 };
  renderGraph: RenderGraph | undefined;
  renderer: Sigma<RenderNode, RenderEdge> | undefined;
  controls: Controls | undefined;
  index: SearchEntry[] = [];
  focus: Focus = { neighbours: new Set() };
  labels = new LabelPlacer();
  layout = new LayoutController((e) => this.onLayout(e));
  source = '';
  /** Node -> community: from the graph (the server computes it) or detected here. */
  communityOf = new Map<string, number>();
  private infos: Map<number, CommunityInfo> | undefined;
  private centralities = new Map<SizeBy, Map<string, number>>();
  /** Whether the rendering graph shows one node per community. */
  collapsed = false;
  /** The quick first screen's edges are being added (quick-view.ts): hovering does not dim the rest until then. */
  private completing = false;
  /** How the quick first screen (quick-view.ts) was drawn, if it was. */
  private quickLook: { collapsed: boolean; colorBy: string } | undefined;
  /** Frames sigma rendered (the benchmark's FPS). */
  frames = 0;

  /** A renderer made at start-up on an empty graph: its WebGL contexts and programs are ready while the graph downloads. */
  private spare: Sigma<RenderNode, RenderEdge> | undefined;

  warmUp(): void {
    if (this.spare || this.renderer) return;
    try {
      this.spare = createRenderer(emptyRenderGraph(), dom.graph, this.focus, this.labels);
    } catch {
      // No WebGL here: the first graph will say so when it is drawn.
    }
  }

  /**
   * The graph has arrived: the spare renderer draws every program once,
   * invisibly (renderer.ts `warmUpGraph`), and sends that to the GPU at
   * once, so software WebGL compiles its drawing routines while this thread
   * reads the graph, rather than in the graph's first frame. (Drawn at
   * start-up instead, the compile holds this thread at that frame's commit,
   * often past the graph's arrival.)
   */
  private primePrograms(look: { collapsed: boolean; colorBy: string }, edges: number): void {
    if (!this.spare) return;
    // The overview's nodes are discs, ringed when coloured by community; its edges lines when dense (render-graph.ts).
    if (look.collapsed) primeRenderer(this.spare, { nodes: ['circle'], edges: EDGE_PROGRAMS });
    else primeRenderer(this.spare, { nodes: [look.colorBy === 'community' ? 'bordered' : 'circle'], edges: edges > DENSE_EDGES ? ['line'] : EDGE_PROGRAMS });
  }

  /** A renderer showing `graph` (which will have `edges` edges): the spare one if it is there, else a new one. */
  private makeRenderer(graph: RenderGraph, edges = graph.size): Sigma<RenderNode, RenderEdge> {
    const spare = this.spare;
    this.spare = undefined;
    if (!spare) return createRenderer(graph, dom.graph, this.focus, this.labels, edges);
    adoptGraph(spare, graph, undefined, edges);
    return spare;
  }

  setStatus(text: string): void {
    dom.status.textContent = text;
  }

  /**
   * Open a fetched document. A very large graph whose first screen is the
   * plain collapsed overview is drawn at once from the JSON (quick-view.ts);
   * its data graph is then imported in slices and the view completed.
   */
  async open(doc: Fetched): Promise<void> {
    let order = 0;
    let size = 0;
    try {
      const items = graphItems(doc.raw);
      order = items.nodeCount;
      size = items.edgeCount;
    } catch {
      // Not a graph: parseGraph below says why.
    }
    const look = resolveOptions(this.state, order);
    const writesBefore = this.spare ? layerStates(this.spare) : undefined;
    this.primePrograms(look, size);
    const plain = isPlainOverview(this.state) && this.state.sizeBy === 'degree';
    const quick = !plain
      ? undefined
      : look.collapsed
        ? quickCommunityNodes(doc.raw)
        : order > OVERVIEW_FROM
          ? quickEntityNodes(doc.raw, { colorBy: look.colorBy })
          : undefined;
    if (!quick) {
      await this.load({ ...parseGraph(doc.raw, doc.source), source: doc.source, ...(doc.api ? { api: true } : {}) });
      metrics.dataReady = performance.now();
      this.primeFocus();
      return;
    }
    this.renderer?.kill();
    this.layout.kill();
    this.data = undefined;
    this.collapsed = look.collapsed;
    // Its first frame draws the nodes and labels (the entities of the overview, or the communities of the
    // collapsed view); the edges follow in tasks of their own, then over frames (edge-frames.ts).
    const edgeItems: EdgeItem[] = quick.edgeItems;
    const edges = edgeItems.length;
    this.renderGraph = quick.graph;
    this.quickLook = look;
    this.completing = true;
    this.syncFocus();
    const t0 = performance.now();
    // The first frame's commit waits for its GPU work: the picking layer follows in a task of its own.
    if (this.spare) pickingAfterFrame(this.spare, () => (metrics.firstPickingLayer ??= performance.now()));
    this.renderer = this.makeRenderer(quick.graph, edges);
    metrics.firstRender ??= performance.now();
    metrics.quickNodes = quick.graph.order;
    if (writesBefore) {
      const after = layerStates(this.renderer);
      metrics.firstFrameCanvases ??= Object.keys(after).filter((id) => after[id]!.writes !== writesBefore[id]?.writes);
    }
    this.bindRenderer(this.renderer);
    const shown = look.collapsed ? `${quick.graph.order} communities shown; reading the entities…` : `${quick.graph.order} shown; reading the details…`;
    this.setStatus(`${quick.nodes} nodes, ${quick.edges} edges from ${doc.source}: ${shown}`);
    await afterPaint();
    metrics.firstPainted ??= performance.now();
    // What a frame of this graph costs (the layout's level of detail): the first one, and the edges' processing.
    let spent = performance.now() - t0;
    // The same nodes in a graph of their own (sigma keeps drawing the first one meanwhile), then its edges.
    const renderer = this.renderer;
    const full = quick.graph.copy();
    spent += await inSlices(addingEdgeItems(full, edgeItems));
    spent += await inSlices(addingRenderEdges(renderer, full));
    this.renderGraph = full;
    this.completing = false;
    metrics.edgesReady ??= performance.now();
    this.primeFocus();
    this.msPerItem = spent / Math.max(1, full.order + full.size);
    const parsed = await parseGraphInSlices(doc.raw, doc.source);
    // Nothing dropped by validation: the quick picture is the full view's (test/web/quick-view.test.ts).
    await this.load({ ...parsed, source: doc.source, ...(doc.api ? { api: true } : {}) }, { keepRenderer: true, sliced: true, ...(parsed.warnings.length === 0 ? { reuse: full } : {}) });
    metrics.dataReady = performance.now();
  }

  /**
   * Once the graph's edges are all drawn (edge-frames.ts; at most a few
   * seconds later), in a task of its own: compile the programs a first
   * hover or selection draws with (renderer.ts `primeFocusPrograms`). The
   * quick first screen asks for it as soon as its edges are in sigma's
   * programs: the compile runs while the data graph is read.
   */
  private primeFocus(): void {
    const renderer = this.renderer;
    const attempt = (tries: number): void => {
      if (!renderer || this.renderer !== renderer) return;
      const frames = edgeFramesOf(renderer);
      const drawn = !frames || renderer.getGraph().size === 0 || (frames.first !== undefined && frames.complete);
      if (!drawn && tries > 0) {
        setTimeout(() => attempt(tries - 1), 100);
        return;
      }
      // The edges' programs only where a hover draws them (a selection elsewhere compiles them, once).
      const programs = primeFocusPrograms(renderer, { edges: this.hoverDims() });
      metrics.focusPrimed ??= { at: performance.now(), programs };
    };
    setTimeout(() => attempt(50), 0);
  }

  /**
   * Show a loaded data graph. `sliced` (the quick first screen is already
   * drawn): each step below runs in a task of its own, and the app takes the
   * new graph only once they are all done, so a click or a key meanwhile
   * finds the previous (or no) data graph, never half of one.
   */
  async load(loaded: Loaded, opts: { keepRenderer?: boolean; reuse?: RenderGraph; sliced?: boolean } = {}): Promise<void> {
    const step = opts.sliced ? nextTask : () => undefined;
    const graph = loaded.graph;
    const communityOf = communitiesOf(graph) ?? detectCommunities(graph, { seed: DEFAULTS.layoutSeed }).of;
    await step();
    const positions = seededPositions(graph, DEFAULTS.layoutSeed, { groupOf: (n) => communityOf.get(n) ?? -1 });
    let stored = true;
    graph.forEachNode((_n, a) => {
      if (typeof a.x !== 'number' || typeof a.y !== 'number') stored = false;
    });
    await step();
    // Sliced: the search index and the legend's counts in steps too (a tenth of a second each at 100k nodes / 500k edges).
    let index: SearchEntry[] = [];
    let counts: ItemCounts | undefined;
    if (opts.sliced) {
      await inSlices(
        (function* () {
          index = yield* searchIndexSteps(graph);
          counts = yield* itemCountsSteps(graph);
        })(),
      );
    } else index = searchIndex(graph);
    await step();
    const dates = graphDates(graph);
    await step();
    // Sliced: the filters' pass too (a tenth of a second at 52k edges) before the step that swaps the graph in.
    // (At 100k nodes / 500k edges that pass is a few hundred ms: run in steps too.)
    let visible: Visible | undefined;
    if (opts.sliced && !(this.state.selected && !graph.hasNode(this.state.selected))) {
      const steps = visibleSetSteps(graph, this.state);
      await inSlices(
        (function* () {
          visible = yield* steps;
        })(),
      );
      await step();
    }
    this.data = graph;
    this.evidence = new EvidenceLoader(graph, loaded.api ? fetchJson : undefined);
    this.source = loaded.source;
    this.centralities.clear();
    this.infos = undefined;
    this.communityOf = communityOf;
    this.positions = positions;
    this.index = index;
    if (this.state.selected && !graph.hasNode(this.state.selected)) delete this.state.selected;
    this.controls = buildControls(dom.sidebar, graph, dates, this.state, () => this.update(), counts);
    if (!opts.keepRenderer) {
      this.renderer?.kill();
      this.renderer = undefined;
    }
    this.renderGraph = undefined;
    this.layout.kill();
    const t0 = performance.now();
    this.rebuild({ ...(opts.reuse ? { reuse: opts.reuse } : {}), ...(visible ? { visible } : {}) });
    const warn = loaded.warnings.length ? ` · ${loaded.warnings.length} item(s) skipped (see console)` : '';
    for (const w of loaded.warnings) console.warn(w);
    this.setStatus(`${loaded.graph.order} nodes, ${loaded.graph.size} edges from ${loaded.source}${warn}`);
    if (this.state.selected) {
      this.select(this.state.selected, { push: false, fit: true });
      // The layout will move it: fit it again once the layout stops.
      if (!stored) this.recentre = this.state.selected;
    } else if (this.state.community !== undefined) this.showCommunity(this.state.community, { push: false });
    // Start the layout once the first frame is on screen, so that frame's
    // cost is not charged to the layout (and the user sees the graph first).
    void afterPaint().then(() => {
      const now = performance.now();
      metrics.firstPainted ??= now;
      // What a full frame costs here, per item (see "level of detail" in layout.ts; the quick first screen measured it).
      if (!opts.reuse) this.msPerItem = (now - t0) / Math.max(1, (this.renderGraph?.order ?? 0) + (this.renderGraph?.size ?? 0));
      if (!stored && loaded.graph.order > 1 && !this.collapsed) this.startLayout();
    });
    this.updateLayoutButton();
  }

  /** A centrality of every node of the data graph (computed once per kind). */
  centrality(by: SizeBy): Map<string, number> {
    let c = this.centralities.get(by);
    if (!c && this.data) {
      c = centrality(this.data, by);
      this.centralities.set(by, c);
    }
    return c ?? new Map();
  }

  /** The communities described: members by PageRank-free degree, labels, strongest edges. */
  communityInfos(): Map<number, CommunityInfo> {
    if (!this.infos && this.data) {
      const deg = this.centrality('degree');
      this.infos = describeCommunities(this.data, this.communityOf, { score: (n) => deg.get(n) ?? 0 });
    }
    return this.infos ?? new Map();
  }

  /** Filters changed: derive a new rendering graph (and fit the camera to it when asked). */
  rebuild(opts: { fit?: boolean; reuse?: RenderGraph; visible?: Visible } = {}): void {
    const data = this.data;
    if (!data) return;
    if (this.renderGraph && !this.collapsed) this.layout.savePositions(this.positions);
    this.visible = opts.visible ?? visibleSet(data, this.state);
    const look = resolveOptions(this.state, data.order);
    this.collapsed = look.collapsed && !(this.state.ego > 0 && this.state.selected);
    // The quick first screen is this very graph when nothing was asked since (quick-view.ts).
    const q = this.quickLook;
    const reuse =
      opts.reuse && q && q.collapsed === this.collapsed && q.colorBy === look.colorBy && this.state.sizeBy === 'degree' && isPlainOverview(this.state) ? opts.reuse : undefined;
    const sizes = () => nodeSizes(data, this.state.sizeBy, this.centrality(this.state.sizeBy), this.visible.nodes.size);
    const rg =
      reuse ??
      (this.collapsed
        ? buildCommunityGraph(data, this.visible, this.positions, sizes(), this.communityOf, this.state.open, this.communityInfos(), look)
        : buildRenderGraph(data, this.visible, this.positions, sizes(), look));
    this.renderGraph = rg;
    this.syncFocus();
    // Both sigma's constructor and setGraph process and render synchronously.
    if (this.renderer) {
      if (this.renderer.getGraph() !== rg) setRenderGraph(this.renderer, rg);
    } else {
      this.renderer = this.makeRenderer(rg);
      metrics.firstRender ??= performance.now();
      this.bindRenderer(this.renderer);
    }
    if (this.collapsed) this.layout.kill();
    else this.layout.attach(rg);
    this.controls?.setCounts(rg.order, rg.size, this.visible.isolated);
    if (opts.fit) {
      // a view the user asked for is framed now: the first layout's end no longer re-frames the deep-linked node
      this.recentre = undefined;
      this.fitAll();
    }
  }

  update(): void {
    if (!this.state.selected) this.state.ego = 0;
    this.controls?.sync(this.state);
    this.rebuild({ fit: true });
    if (this.state.selected) this.showPanel(this.state.selected);
    else if (this.state.community !== undefined) this.showCommunity(this.state.community, { push: false });
    this.writeUrl();
  }

  writeUrl(push = false): void {
    const url = `${location.pathname}${encodeState(this.state, new URLSearchParams(location.search))}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  bindRenderer(r: Sigma<RenderNode, RenderEdge>): void {
    r.on('enterNode', ({ node }) => {
      // Passing over nodes while panning is not hovering (and re-running the reducers would cost every frame).
      const captor = r.getMouseCaptor() as unknown as { isMoving?: boolean; draggedEvents?: number };
      if (captor.isMoving || (captor.draggedEvents ?? 0) > 0) return;
      // Dimming re-runs the reducers over every node and edge: on a big graph (about 1 s at 60k
      // items with software WebGL) only a click does it; sigma still draws the hovered node and label.
      if (this.completing || !this.hoverDims()) return;
      this.focus.hovered = node;
      this.refreshFocus();
    });
    r.on('leaveNode', () => {
      // Only a hover that dimmed the rest has something to undo (a refresh re-runs the reducers
      // over every node and edge: 0.7 s at 52k edges with software WebGL).
      if (this.focus.hovered === undefined) return;
      delete this.focus.hovered;
      this.refreshFocus();
    });
    r.on('clickNode', ({ node }) => {
      const c = communityOfKey(node);
      if (c === undefined) this.select(node);
      else this.openCommunity(c);
    });
    r.on('clickStage', () => this.deselect());
    r.on('afterRender', () => this.frames++);
  }

  /** Whether hovering a node dims the rest (the graph shown is small enough: HOVER_FOCUS_MAX_ITEMS). */
  hoverDims(): boolean {
    const rg = this.renderGraph;
    return !rg || rg.order + rg.size <= HOVER_FOCUS_MAX_ITEMS;
  }

  /** Hover and selection for the reducers and the labels (no render). */
  syncFocus(): void {
    const rg = this.renderGraph;
    this.focus.selected = this.state.selected;
    const centre = focusCentre(this.focus);
    this.focus.neighbours = new Set(centre && rg?.hasNode(centre) ? rg.neighbors(centre) : []);
    const force = new Set<string>();
    if (centre) force.add(centre);
    if (this.state.selected) force.add(this.state.selected);
    if (this.focus.neighbours.size <= 30) for (const n of this.focus.neighbours) force.add(n);
    this.labels.force = force;
  }

  /** Re-apply the reducers on the next frame (several calls make one render). */
  refreshFocus(): void {
    this.syncFocus();
    if (!this.renderer) return;
    // Nodes and labels in the next frame; the edges in the one after it (renderer.ts `focusFrame`).
    focusFrame(this.renderer);
    this.renderer.refresh({ skipIndexation: true, schedule: true });
  }

  showPanel(node: string, opts: { fetch?: boolean } = {}): void {
    const data = this.data;
    const evidence = this.evidence;
    if (!data) return;
    const c = this.communityOf.get(node);
    // A graph sent without evidence: ask for this node's now; the panel lists its edges meanwhile.
    const fetching = opts.fetch !== false && evidence && evidence.canFetch && !evidence.complete(node) ? evidence.ensure(node) : undefined;
    const error = evidence?.error(node);
    renderPanel(dom.panel, data, node, {
      edgeVisible: (e) => edgePasses(data.getEdgeAttributes(e), this.state) && nodePasses(data.getNodeAttributes(data.opposite(node, e)), this.state),
      onSelect: (n) => this.select(n, { fit: true }),
      onClose: () => this.deselect(),
      ...(c !== undefined && c >= 0 ? { community: { id: c, label: this.communityInfos().get(c)?.label ?? '', onShow: () => this.showCommunity(c) } } : {}),
      ...(evidence?.lazy
        ? {
            evidenceState: (e: string) => evidence.state(e),
            missingReason: !evidence.canFetch
              ? 'This graph was saved without its evidence (weights only): open it from newsgraph serve to read the sentences.'
              : error
                ? `Could not load the evidence: ${error}`
                : 'Evidence not loaded (the node has more edges than the view asks for).',
            onLoadAll: (e: string) => void evidence.loadAll(node, e).then(() => this.refillPanel(node)),
          }
        : {}),
    });
    void fetching?.then(() => this.refillPanel(node));
  }

  /** Evidence arrived: if the panel still shows this node, render it again where the reader was. */
  refillPanel(node: string): void {
    if (this.state.selected !== node || dom.panel.dataset.node !== node) return;
    const top = dom.panel.scrollTop;
    this.showPanel(node, { fetch: false });
    dom.panel.scrollTop = top;
  }

  /** The panel of a community (its top actors and strongest edges). */
  showCommunity(c: number, opts: { push?: boolean } = {}): void {
    const data = this.data;
    const info = this.communityInfos().get(c);
    if (!data || !info) return;
    const hadSelection = this.state.selected !== undefined;
    delete this.state.selected;
    this.state.community = c;
    if (hadSelection && this.state.ego > 0) {
      this.state.ego = 0;
      this.rebuild({ fit: true });
    }
    this.refreshFocus();
    renderCommunityPanel(dom.panel, data, info, {
      onSelect: (n) => this.select(n, { fit: true }),
      onClose: () => this.deselect(),
      ...(this.collapsed
        ? { isOpen: this.state.open.has(c), onToggleOpen: () => (this.state.open.has(c) ? this.closeCommunity(c) : this.openCommunity(c)) }
        : {}),
    });
    this.controls?.sync(this.state);
    if (opts.push !== false) this.writeUrl(true);
  }

  /** Collapsed view: show a community's members in place of its node. */
  openCommunity(c: number): void {
    this.state.open.add(c);
    this.rebuild();
    this.showCommunity(c);
  }

  closeCommunity(c: number): void {
    this.state.open.delete(c);
    this.rebuild();
    this.showCommunity(c);
  }

  select(node: string, opts: { push?: boolean; focusPanel?: boolean; fit?: boolean } = {}): void {
    if (!this.data?.hasNode(node)) return;
    const changed = this.state.selected !== node;
    this.state.selected = node;
    delete this.state.community;
    // A node inside a collapsed community: open it, so the node is there to select.
    const c = this.communityOf.get(node);
    const mustOpen = this.collapsed && c !== undefined && !this.state.open.has(c);
    if (mustOpen) this.state.open.add(c!);
    if ((this.state.ego > 0 && changed) || mustOpen) this.rebuild({ fit: this.state.ego > 0 });
    this.controls?.sync(this.state);
    this.showPanel(node);
    this.refreshFocus();
    if (opts.fit) this.fitNeighbourhood(node);
    if (opts.push !== false) this.writeUrl(changed);
    if (opts.focusPanel) dom.panel.focus();
  }

  deselect(): void {
    if (!this.state.selected && this.state.community === undefined) return;
    delete this.state.selected;
    delete this.state.community;
    const hadEgo = this.state.ego > 0;
    this.state.ego = 0;
    closePanel(dom.panel);
    this.controls?.sync(this.state);
    if (hadEgo) this.rebuild({ fit: true });
    this.refreshFocus();
    this.writeUrl();
  }

  /** Camera: the whole visible graph (sigma frames the rendering graph's extent at ratio 1). */
  fitAll(): void {
    const r = this.renderer;
    if (!r) return;
    // a newer framing wins over an older one still to come or still moving (sigma's setState does not stop an
    // animation: a neighbourhood's zoom started before would end where it was headed)
    this.fitGeneration++;
    const camera = r.getCamera();
    const whole = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (camera.isAnimated()) void camera.animate(whole, { duration: 1 });
    camera.setState(whole);
  }

  /** Counts the camera framings asked for: a framing that waits for a render is dropped when a newer one came. */
  private fitGeneration = 0;

  /** Camera: centred on a node, zoomed so that it and its neighbours are all in view. */
  fitNeighbourhood(node: string): void {
    const r = this.renderer;
    const rg = this.renderGraph;
    if (!r || !rg?.hasNode(node)) return;
    // Display data is in framed coordinates only once a render has processed
    // it (a scheduled refresh resets it), so move after the next render.
    const generation = ++this.fitGeneration;
    r.once('afterRender', () => {
      if (generation !== this.fitGeneration) return;
      const d = r.getNodeDisplayData(node);
      if (!d) return;
      let reach = 0;
      for (const n of rg.neighbors(node)) {
        const o = r.getNodeDisplayData(n);
        if (o) reach = Math.max(reach, Math.abs(o.x - d.x), Math.abs(o.y - d.y));
      }
      // At ratio 1 the framed graph (a unit square) fills the viewport's smaller side.
      const ratio = Math.min(1, Math.max(0.02, reach * 2 * 1.25));
      void r.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 400 });
    });
    r.scheduleRender();
  }

  /** Large graphs: show a light preview while the layout runs (see layout.ts). */
  previewing = false;
  msPerItem: number | undefined;
  /** A deep-linked node to fit again once the first layout stops. */
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
          setRenderGraph(this.renderer, this.renderGraph);
          this.setStatus(`${this.renderGraph.order} nodes, ${this.renderGraph.size} edges shown`);
        }, 0);
      }
      if (this.recentre) {
        const node = this.recentre;
        this.recentre = undefined;
        setTimeout(() => {
          // (an ego network is the whole rendering graph: frame all of it, two hops away too)
          if (this.state.selected === node) {
            if (this.state.ego > 0) this.fitAll();
            else this.fitNeighbourhood(node);
          }
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
    if (this.collapsed) return;
    if (this.enterPreview()) setTimeout(() => this.layout.start(), 0);
    else this.layout.start();
  }

  /** Show the preview if the full graph is too slow to render live. */
  enterPreview(): boolean {
    if (!this.renderer || !this.renderGraph || !needsPreview(this.renderGraph, this.msPerItem)) return false;
    if (!this.previewing) {
      const preview = previewGraph(this.renderGraph);
      this.previewing = true;
      setRenderGraph(this.renderer, preview);
      this.layout.setDisplay(preview);
      this.setStatus(`Layout running: showing the ${preview.order} biggest of ${this.renderGraph.order} nodes until it settles…`);
    } else this.layout.setDisplay(this.renderer.getGraph());
    return true;
  }

  updateLayoutButton(): void {
    const running = this.layout.isRunning();
    dom.layoutBtn.textContent = running ? 'Pause layout' : 'Run layout';
    dom.layoutBtn.setAttribute('aria-pressed', String(running));
    dom.layoutBtn.disabled = this.collapsed;
  }

  /** The visible graph with current positions and sizes, for the export buttons. */
  private visibleGraph(): NewsGraph | undefined {
    if (!this.data) return undefined;
    if (!this.collapsed) this.layout.savePositions(this.positions);
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

  /** Share of the rendering graph's nodes whose centre is inside the viewport. */
  visibleShare(): number {
    const r = this.renderer;
    const rg = this.renderGraph;
    if (!r || !rg || rg.order === 0) return 1;
    const { width, height } = r.getDimensions();
    let inside = 0;
    rg.forEachNode((n) => {
      const d = r.getNodeDisplayData(n);
      if (!d) return;
      const p = r.framedGraphToViewport(d);
      if (p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height) inside++;
    });
    return inside / rg.order;
  }
}

const emptyRenderGraph = (): RenderGraph => new Graph({ type: 'directed', multi: true, allowSelfLoops: false });

/** Runs `steps` in slices of about `sliceMs`, each in a task of its own; resolves with the time spent in them (ms). */
async function inSlices(steps: Generator<void>, sliceMs = 40): Promise<number> {
  let spent = 0;
  let t = performance.now();
  for (const _ of steps) {
    if (performance.now() - t < sliceMs) continue;
    spent += performance.now() - t;
    await nextTask();
    t = performance.now();
  }
  return spent + performance.now() - t;
}

/** Resolves in a task of its own (the page may paint and handle input in between). */
function nextTask(): Promise<void> {
  return new Promise((ok) => setTimeout(ok, 0));
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
attachSearch(dom.search, dom.searchList, () => app.index, (node) => app.select(node, { focusPanel: true, fit: true }));
dom.layoutBtn.addEventListener('click', () => (app.layout.isRunning() ? app.layout.stop() : app.startLayout()));
byId('export-gexf').addEventListener('click', () => download('newsgraph.gexf', 'application/xml', app.exportGexf()));
byId('export-json').addEventListener('click', () => download('newsgraph.json', 'application/json', app.exportJson()));
byId('export-png').addEventListener('click', () => {
  if (app.renderer) void downloadAsPNG(app.renderer as unknown as Sigma, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
});
byId('open-file').addEventListener('click', () => dom.fileInput.click());

async function openFile(file: File): Promise<void> {
  try {
    await app.open(await readFile(file));
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
  } else if (ev.key === 'Escape' && !typing && (app.state.selected || app.state.community !== undefined)) {
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
    app.rebuild({ fit: true });
    if (app.state.selected && app.data.hasNode(app.state.selected)) app.select(app.state.selected, { push: false });
    else if (app.state.community !== undefined) app.showCommunity(app.state.community, { push: false });
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
      /** The label boxes drawn in the last frame, and how many pairs of them intersect. */
      labels(): LabelBox[];
      labelOverlaps(): number;
      /** Share of the shown nodes whose centre is inside the viewport. */
      visibleShare(): number;
      /** Frames rendered so far. */
      frames(): number;
      /** How the graph is shown. */
      view(): { collapsed: boolean; colorBy: string; isolatedHidden: number; communities: number };
      /** The render attributes of a shown node (colour, ring, size, label). */
      nodeLook(node: string): { color: string; borderColor: string; size: number; label: string } | undefined;
      /** The displayed colour of a node after focus dimming (the reducer's output). */
      displayColor(node: string): string | undefined;
      /** The sigma program an edge is drawn with (the reducer's output): 'line', 'arrow', 'curvedArrow', 'curve'. */
      edgeProgram(edge: string): string | undefined;
      /** Whether the last frame drew the edges (false while the camera moves on a graph of many edges). */
      edgesDrawn(): boolean;
      /** Edges drawn over several frames (edge-frames.ts): all drawn since the last render, and in how many frames after it. */
      edgeFrames(): { complete: boolean; continued: number; budget: number; first?: { budget: number; drawn: number; total: number; frames: number; alone: boolean } } | undefined;
      /** What the changes of focus drew (renderer.ts `focusFrame`): renders that kept the edge layer, their writes on the edge and node canvases, edges drawn alone after. */
      focusFrames(): FocusFrames | undefined;
      /** What sigma's programs hold (renderer.ts `programDigest`); `reprocess` has sigma process the whole graph again, at once. */
      programDigest(): Record<string, string>;
      reprocess(): void;
      /** sigma's WebGL layers: blank or not, clears skipped while blank, draws and clears that reached the canvas (blank-layers.ts). */
      layers(): Record<string, { blank: boolean; skipped: number; writes: number }>;
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
  labels: () => app.labels.drawn.map((b) => ({ ...b })),
  labelOverlaps: () => overlappingPairs(app.labels.drawn),
  visibleShare: () => app.visibleShare(),
  frames: () => app.frames,
  view: () => ({
    collapsed: app.collapsed,
    colorBy: app.data ? resolveOptions(app.state, app.data.order).colorBy : 'kind',
    isolatedHidden: app.visible.isolated,
    communities: new Set(app.communityOf.values()).size,
  }),
  nodeLook: (node) => {
    const rg = app.renderGraph;
    if (!rg?.hasNode(node)) return undefined;
    const a = rg.getNodeAttributes(node);
    return { color: a.color, borderColor: a.borderColor, size: a.size, label: a.label };
  },
  displayColor: (node) => app.renderer?.getNodeDisplayData(node)?.color,
  edgeProgram: (edge) => app.renderer?.getEdgeDisplayData(edge)?.type,
  edgesDrawn: () => (app.renderer ? lastFrameDrewEdges(app.renderer) : false),
  edgeFrames: () => {
    const f = app.renderer ? edgeFramesOf(app.renderer) : undefined;
    return f ? { complete: f.complete, continued: f.continued, budget: f.budget, ...(f.first ? { first: { ...f.first } } : {}) } : undefined;
  },
  focusFrames: () => (app.renderer ? focusFramesOf(app.renderer) : undefined),
  programDigest: () => (app.renderer ? programDigest(app.renderer) : {}),
  reprocess: () => void app.renderer?.refresh(),
  layers: () => (app.renderer ? layerStates(app.renderer) : {}),
};

const initial = fetchInitial(location.search);
// While the graph downloads.
app.warmUp();
initial
  .then(async (doc) => {
    if (doc) await app.open(doc);
    else {
      clear(dom.sidebar);
      app.setStatus('No graph loaded: open or drop an exported JSON graph (newsgraph export --format json).');
    }
  })
  .catch((err: Error) => {
    console.error(err);
    app.setStatus(`Could not load the graph: ${err.message}`);
  })
  .finally(() => {
    if (window.__newsgraph) window.__newsgraph.ready = true;
  });
