/**
 * Decoding a sentence from per-token label scores: Viterbi under transition
 * scores and hard constraints (first order), or greedy (each token's best
 * label). `emit` is n x L, row-major; `trans` is (L + 1) x L (row L = start).
 */

const NEG = -1e30;

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
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let j = 0; j < L; j++) score[j] = allowed[L * L + j] ? emit[j]! + trans[L * L + j]! : NEG;
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L;
    const cur = t * L;
    for (let j = 0; j < L; j++) {
      let best = NEG;
      let arg = 0;
      for (let i = 0; i < L; i++) {
        if (!allowed[i * L + j]) continue;
        const s = score[prev + i]! + trans[i * L + j]!;
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
