/**
 * BILOU labels for name spans: B(egin), I(nside), L(ast), O(utside),
 * U(nit-length). `allowedTransitions` is the constraint Viterbi decodes
 * under (an I or L only after a B or I of the same class; every span closed).
 */

export const NAME_CLASSES = ['PER', 'ORG', 'LOC', 'NORP'] as const;
export type NameClass = (typeof NAME_CLASSES)[number];

/** 'O', then B/I/L/U of each class in NAME_CLASSES order. */
export function bilouLabels(classes: readonly string[] = NAME_CLASSES): string[] {
  return ['O', ...classes.flatMap((c) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${c}`))];
}

export interface LabelSpan {
  /** token indices [start, end) */
  start: number;
  end: number;
  cls: string;
}

function parts(label: string): [string, string] {
  return label === 'O' ? ['O', ''] : [label[0]!, label.slice(2)];
}

/**
 * Transition constraints over `labels`: `allowed[(L + 1) * ...]` as a matrix of
 * (L + 1) rows (row L = sentence start) by L columns, and `final[l]` = may end there.
 */
export function allowedTransitions(labels: readonly string[]): { allowed: Uint8Array; final: Uint8Array } {
  const L = labels.length;
  const allowed = new Uint8Array((L + 1) * L);
  const final = new Uint8Array(L);
  const opens = (p: string) => p === 'O' || p === 'B' || p === 'U';
  for (let j = 0; j < L; j++) {
    const [pj] = parts(labels[j]!);
    allowed[L * L + j] = opens(pj) ? 1 : 0;
    final[j] = pj === 'O' || pj === 'L' || pj === 'U' ? 1 : 0;
    for (let i = 0; i < L; i++) {
      const [pi, ci] = parts(labels[i]!);
      const [, cj] = parts(labels[j]!);
      const inside = pi === 'B' || pi === 'I';
      allowed[i * L + j] = inside ? ((pj === 'I' || pj === 'L') && ci === cj ? 1 : 0) : opens(pj) ? 1 : 0;
    }
  }
  return { allowed, final };
}

/** Token spans -> BILOU label names for `n` tokens (spans must not overlap). */
export function encodeBilou(n: number, spans: readonly LabelSpan[]): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = `U-${s.cls}`;
    else {
      out[s.start] = `B-${s.cls}`;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = `I-${s.cls}`;
      out[s.end - 1] = `L-${s.cls}`;
    }
  }
  return out;
}

/** Each label's BILOU prefix ('O', 'B', 'I', 'L', 'U') and class ('' for O), by label index. */
export interface LabelParts {
  prefix: string[];
  cls: string[];
}

export function labelParts(labels: readonly string[]): LabelParts {
  const prefix: string[] = [];
  const cls: string[] = [];
  for (const l of labels) {
    const [p, c] = parts(l);
    prefix.push(p);
    cls.push(c);
  }
  return { prefix, cls };
}

/** Label indices (into the labels `lp` was made from) -> token spans; tolerant of ill-formed sequences (greedy decoding). */
export function decodeBilouIndices(best: ArrayLike<number>, lp: LabelParts): LabelSpan[] {
  const out: LabelSpan[] = [];
  let openStart = -1;
  let openCls = '';
  for (let i = 0; i < best.length; i++) {
    const p = lp.prefix[best[i]!]!;
    const c = lp.cls[best[i]!]!;
    if (p === 'O') openStart = -1;
    else if (p === 'U') {
      out.push({ start: i, end: i + 1, cls: c });
      openStart = -1;
    } else if (p === 'B') {
      openStart = i;
      openCls = c;
    } else if (openStart >= 0 && openCls === c) {
      if (p === 'L') {
        out.push({ start: openStart, end: i + 1, cls: c });
        openStart = -1;
      }
    } else if (p === 'L') out.push({ start: i, end: i + 1, cls: c });
    else {
      openStart = i;
      openCls = c;
    }
  }
  return out;
}

/** BILOU label names -> token spans; tolerant of ill-formed sequences (greedy decoding). */
export function decodeBilou(labels: readonly string[]): LabelSpan[] {
  return decodeBilouIndices(
    labels.map((_, i) => i),
    labelParts(labels),
  );
}
