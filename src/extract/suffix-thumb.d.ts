// suffix-thumb (compromise's conjugation engine, Apache-2.0) ships types its "exports" map does not expose:
// the one function src/extract/compromise.ts calls.
declare module 'suffix-thumb' {
  export function convert(str: string, model: { ex?: Record<string, string>; same?: string[]; fwd?: Record<string, string>; both?: Record<string, string> }): string;
}
