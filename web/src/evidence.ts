/**
 * Lazy evidence. A large graph comes without its evidence lists
 * (`/api/graph?evidence=false`: about two thirds of the bytes); the panel
 * shows a node's edges at once and fetches the node's evidence
 * (`/api/nodes/:id`) in the background. What arrives is merged into the data
 * graph, so a second open, or the other end of an edge, is instant, and the
 * exports carry what was read.
 *
 * `mergeNodeEvidence` is pure (no DOM, no fetch); `EvidenceLoader` takes the
 * fetch as an argument, so both are tested without a browser.
 */
import type { EdgeEvidence, NewsGraph } from '../../src/types.ts';
import { evidenceOf } from './data.ts';

/** The graph attribute the server sets when it left the evidence out. */
export const EVIDENCE_ATTR = 'evidence';
export const OMITTED = 'omitted';

/** Whether the graph came without its evidence lists. */
export function evidenceOmitted(graph: NewsGraph): boolean {
  return graph.getAttribute(EVIDENCE_ATTR) === OMITTED;
}

/** How far an edge's evidence is known in the view. */
export type EvidenceState = 'loaded' | 'partial' | 'loading' | 'missing';

/** Edges per node and evidence items per edge asked of `/api/nodes/:id` (the server caps both at 500). */
export const NODE_EDGE_LIMIT = 500;
export const EVIDENCE_PER_EDGE = 20;
export const MAX_EVIDENCE_PER_EDGE = 500;

/**
 * Merge the edges of a `/api/nodes/:id` answer into the data graph: each
 * edge's evidence list is replaced by the fetched one (validated as the
 * loader validates a graph's). Edges the graph does not hold are ignored.
 * Returns the keys of the edges it filled. Pure apart from the graph.
 */
export function mergeNodeEvidence(graph: NewsGraph, detail: unknown): string[] {
  const edges = typeof detail === 'object' && detail !== null && Array.isArray((detail as { edges?: unknown }).edges) ? (detail as { edges: unknown[] }).edges : [];
  const filled: string[] = [];
  for (const e of edges) {
    if (typeof e !== 'object' || e === null) continue;
    const { id, evidence } = e as { id?: unknown; evidence?: unknown };
    if (typeof id !== 'string' || !Array.isArray(evidence) || !graph.hasEdge(id)) continue;
    const list = evidence.map(evidenceOf).filter((x): x is EdgeEvidence => !!x);
    // Set in place: the data graph has no listeners, and an attribute event per edge is not needed.
    graph.getEdgeAttributes(id).evidence = list;
    filled.push(id);
  }
  return filled;
}

export type FetchJson = (url: string) => Promise<unknown>;

/**
 * Fetches a node's evidence once, merges it, and remembers which edges are
 * filled. Concurrent asks for one node share a request.
 */
export class EvidenceLoader {
  /** Edges whose evidence list is the fetched one (or came with the graph). */
  private filled = new Set<string>();
  /** Nodes fetched (a node with more edges than NODE_EDGE_LIMIT is not asked twice). */
  private fetched = new Set<string>();
  private pending = new Map<string, Promise<void>>();
  private failed = new Map<string, string>();

  constructor(
    private readonly graph: NewsGraph,
    /** Undefined: no API to ask (a file or a static export): evidence stays missing. */
    private readonly fetchJson: FetchJson | undefined,
  ) {}

  /** Whether the graph needs this loader at all. */
  get lazy(): boolean {
    return evidenceOmitted(this.graph);
  }

  get canFetch(): boolean {
    return this.fetchJson !== undefined;
  }

  /** Why the last fetch of the node failed, if it did. */
  error(node: string): string | undefined {
    return this.failed.get(node);
  }

  state(edge: string): EvidenceState {
    if (!this.lazy) return 'loaded';
    if (this.filled.has(edge)) {
      const a = this.graph.getEdgeAttributes(edge);
      return a.evidence.length < a.weight ? 'partial' : 'loaded';
    }
    if (!this.graph.hasEdge(edge)) return 'missing';
    const ends = this.graph.extremities(edge);
    return ends.some((n) => this.pending.has(n)) ? 'loading' : 'missing';
  }

  /** Whether every edge of the node has its evidence here. */
  complete(node: string): boolean {
    if (!this.lazy || this.fetched.has(node)) return true;
    let all = true;
    this.graph.forEachEdge(node, (e) => {
      if (!this.filled.has(e)) all = false;
    });
    return all;
  }

  /**
   * Fetch the node's evidence unless every edge of it is filled already.
   * Resolves to the edges filled by this call (none when nothing was asked or it failed).
   */
  async ensure(node: string): Promise<string[]> {
    if (!this.lazy || !this.fetchJson || !this.graph.hasNode(node) || this.complete(node)) return [];
    return this.fetchNode(node, EVIDENCE_PER_EDGE);
  }

  /**
   * All the evidence of one edge of `node` (the panel's "load all"): the node
   * is asked again with as many items per edge as that edge has (at most
   * the server's cap, MAX_EVIDENCE_PER_EDGE).
   */
  async loadAll(node: string, edge: string): Promise<string[]> {
    if (!this.lazy || !this.fetchJson || !this.graph.hasEdge(edge)) return [];
    const limit = Math.min(MAX_EVIDENCE_PER_EDGE, Math.max(EVIDENCE_PER_EDGE, this.graph.getEdgeAttribute(edge, 'weight')));
    return this.fetchNode(node, limit);
  }

  private async fetchNode(node: string, evidenceLimit: number): Promise<string[]> {
    const running = this.pending.get(node);
    if (running) {
      await running;
      return [];
    }
    let filled: string[] = [];
    const url = `/api/nodes/${encodeURIComponent(node)}?limit=${NODE_EDGE_LIMIT}&evidenceLimit=${evidenceLimit}`;
    const job = this.fetchJson!(url).then(
      (detail) => {
        filled = mergeNodeEvidence(this.graph, detail);
        for (const e of filled) this.filled.add(e);
        this.fetched.add(node);
        this.failed.delete(node);
      },
      (err: Error) => {
        this.failed.set(node, err.message);
      },
    );
    this.pending.set(node, job);
    try {
      await job;
    } finally {
      this.pending.delete(node);
    }
    return filled;
  }
}
