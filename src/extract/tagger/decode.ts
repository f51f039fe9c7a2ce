/**
 * Decoding a sentence from per-token label scores: Viterbi under transition
 * scores and hard constraints (first order), or greedy (each token's best
 * label). `emit` is n x L, row-major; `trans` is (L + 1) x L (row L = start).
 */

const NEG = -1e30;

/** Per label, the labels allowed before it (CSR: from[j] .. from[j + 1] in `prev`). */
interface Predecessors {
  from: Int32Array;
  prev: Int32Array;
}
const predecessors = new WeakMap<Uint8Array, Predecessors>();

function predecessorsOf(allowed: Uint8Array, L: number): Predecessors {
  let p = predecessors.get(allowed);
  if (p) return p;
  const from = new Int32Array(L + 1);
  const prev: number[] = [];
  for (let j = 0; j < L; j++) {
    from[j] = prev.length;
    for (let i = 0; i < L; i++) if (allowed[i * L + j]) prev.push(i);
  }
  from[L] = prev.length;
  p = { from, prev: Int32Array.from(prev) };
  predecessors.set(allowed, p);
  return p;
}

let scoreBuf = new Float64Array(1024);
let backBuf = new Int32Array(1024);
/** The transition score of each predecessor entry (`Predecessors.prev` order), made per call: training changes `trans` between calls. */
let weightBuf = new Float64Array(256);

/**
 * The best label sequence under emission and transition scores and the hard
 * constraints (`allowed`: (L + 1) x L, row L = start; `final`: may end there).
 * Only allowed transitions are visited; ties go to the lowest label index.
 */
export function viterbi(
  emit: Float32Array,
  n: number,
  L: number,
  trans: Float32Array,
  allowed: Uint8Array,
  final: Uint8Array,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  if (n === 0) return out;
  const { from, prev: preds } = predecessorsOf(allowed, L);
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(Math.max(n * L, scoreBuf.length * 2));
    backBuf = new Int32Array(scoreBuf.length);
  }
  const score = scoreBuf;
  const back = backBuf;
  if (weightBuf.length < preds.length) weightBuf = new Float64Array(preds.length);
  // each allowed transition's score in the order the loop below reads them (no index to compute there; a float32 as
  // a double is exact, so the sums are the same)
  const weight = weightBuf;
  for (let j = 0; j < L; j++) for (let k = from[j]!, end = from[j + 1]!; k < end; k++) weight[k] = trans[preds[k]! * L + j]!;
  for (let j = 0; j < L; j++) score[j] = allowed[L * L + j] ? emit[j]! + trans[L * L + j]! : NEG;
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L;
    const cur = t * L;
    for (let j = 0; j < L; j++) {
      let best = NEG;
      let arg = 0;
      for (let k = from[j]!, end = from[j + 1]!; k < end; k++) {
        const i = preds[k]!;
        const s = score[prev + i]! + weight[k]!;
        if (s > best) {
          best = s;
          arg = i;
        }
      }
      score[cur + j] = best + emit[cur + j]!;
      back[cur + j] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * L;
  for (let j = 0; j < L; j++) {
    if (!final[j]) continue;
    if (score[last + j]! > best) {
      best = score[last + j]!;
      arg = j;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * L + arg]!;
  }
  return out;
}

/** Each token's best label, ignoring transitions. */
export function greedy(emit: Float32Array, n: number, L: number, out: Int32Array = new Int32Array(n)): Int32Array {
  for (let t = 0; t < n; t++) {
    let best = -Infinity;
    let arg = 0;
    for (let j = 0; j < L; j++) {
      const s = emit[t * L + j]!;
      if (s > best) {
        best = s;
        arg = j;
      }
    }
    out[t] = arg;
  }
  return out;
}
