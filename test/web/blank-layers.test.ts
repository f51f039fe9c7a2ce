/**
 * web/src/blank-layers.ts without a browser: on a stand-in WebGL context that
 * records the calls that reach it, a clear of a blank canvas is skipped, and
 * every way of painting the canvas (or of clearing it to something else
 * than blank) makes the next clear happen. The browser side (the view's own
 * layers) is in test/browser/overview.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isBlank, skippedClears, trackBlank } from '../../web/src/blank-layers.ts';

const GL = { FRAMEBUFFER: 0x8d40, DRAW_FRAMEBUFFER: 0x8ca9, READ_FRAMEBUFFER: 0x8ca8, COLOR_BUFFER_BIT: 0x4000, DEPTH_BUFFER_BIT: 0x100, SCISSOR_TEST: 0x0c11, BLEND: 0x0be2 };

/** A stand-in for a WebGL context: its methods only record that they were called. */
function fakeGl() {
  const calls: string[] = [];
  const rec = (name: string) => (...args: unknown[]) => void calls.push(`${name}(${args.join(',')})`);
  const ext = { drawArraysInstancedANGLE: rec('drawArraysInstancedANGLE'), drawElementsInstancedANGLE: rec('drawElementsInstancedANGLE') };
  const gl = {
    ...GL,
    bindFramebuffer: rec('bindFramebuffer'),
    clearColor: rec('clearColor'),
    colorMask: rec('colorMask'),
    enable: rec('enable'),
    disable: rec('disable'),
    clear: rec('clear'),
    drawArrays: rec('drawArrays'),
    drawElements: rec('drawElements'),
    drawArraysInstanced: rec('drawArraysInstanced'),
    drawElementsInstanced: rec('drawElementsInstanced'),
    drawRangeElements: rec('drawRangeElements'),
    blitFramebuffer: rec('blitFramebuffer'),
    clearBufferfv: rec('clearBufferfv'),
    clearBufferiv: rec('clearBufferiv'),
    clearBufferuiv: rec('clearBufferuiv'),
    getExtension: (name: string) => (name === 'ANGLE_instanced_arrays' ? ext : null),
  };
  return { gl: gl as unknown as WebGL2RenderingContext, calls, ext };
}

type Gl = WebGL2RenderingContext;
const fbo = {} as WebGLFramebuffer;

/** What is done to the canvas before a colour clear, and whether that clear must reach GL. */
const CASES: Array<[string, (gl: Gl) => void, boolean]> = [
  ['nothing (a new canvas is blank)', () => {}, false],
  ['a clear already (blank again)', (gl) => gl.clear(GL.COLOR_BUFFER_BIT), false],
  ['drawArrays on the canvas', (gl) => gl.drawArrays(4, 0, 3), true],
  ['drawElements on the canvas', (gl) => gl.drawElements(4, 3, 0x1403, 0), true],
  ['drawArraysInstanced on the canvas', (gl) => gl.drawArraysInstanced(4, 0, 3, 10), true],
  ['drawElementsInstanced on the canvas', (gl) => gl.drawElementsInstanced(4, 3, 0x1403, 0, 10), true],
  ['drawRangeElements on the canvas', (gl) => gl.drawRangeElements(4, 0, 2, 3, 0x1403, 0), true],
  ['blitFramebuffer onto the canvas', (gl) => gl.blitFramebuffer(0, 0, 1, 1, 0, 0, 1, 1, GL.COLOR_BUFFER_BIT, 0x2600), true],
  ['clearBufferfv on the canvas', (gl) => gl.clearBufferfv(0x1800, 0, [1, 0, 0, 1]), true],
  ['the extension\'s instanced draw on the canvas', (gl) => (gl.getExtension('ANGLE_instanced_arrays') as unknown as { drawArraysInstancedANGLE(...a: number[]): void }).drawArraysInstancedANGLE(4, 0, 3, 10), true],
  ['a draw into a framebuffer object, then back to the canvas', (gl) => {
    gl.bindFramebuffer(GL.FRAMEBUFFER, fbo);
    gl.drawArrays(4, 0, 3);
    gl.bindFramebuffer(GL.FRAMEBUFFER, null);
  }, false],
  ['a draw into a draw framebuffer object (WebGL2 target)', (gl) => {
    gl.bindFramebuffer(GL.DRAW_FRAMEBUFFER, fbo);
    gl.drawArrays(4, 0, 3);
    gl.bindFramebuffer(GL.DRAW_FRAMEBUFFER, null);
  }, false],
  ['a read framebuffer bound (draws still go to the canvas)', (gl) => {
    gl.bindFramebuffer(GL.READ_FRAMEBUFFER, fbo);
    gl.drawArrays(4, 0, 3);
  }, true],
  ['a draw, then a clear', (gl) => {
    gl.drawArrays(4, 0, 3);
    gl.clear(GL.COLOR_BUFFER_BIT);
  }, false],
  ['a draw, then a depth-only clear', (gl) => {
    gl.drawArrays(4, 0, 3);
    gl.clear(GL.DEPTH_BUFFER_BIT);
  }, true],
  ['a clear to an opaque colour', (gl) => {
    gl.clearColor(1, 1, 1, 1);
    gl.clear(GL.COLOR_BUFFER_BIT);
    gl.clearColor(0, 0, 0, 0);
  }, true],
  ['a draw, then a clear under a scissor test', (gl) => {
    gl.drawArrays(4, 0, 3);
    gl.enable(GL.SCISSOR_TEST);
    gl.clear(GL.COLOR_BUFFER_BIT);
    gl.disable(GL.SCISSOR_TEST);
  }, true],
  ['a draw, then a clear with a colour channel masked', (gl) => {
    gl.drawArrays(4, 0, 3);
    gl.colorMask(true, true, true, false);
    gl.clear(GL.COLOR_BUFFER_BIT);
    gl.colorMask(true, true, true, true);
  }, true],
  ['another capability enabled (not the scissor test)', (gl) => gl.enable(GL.BLEND), false],
];

describe('blank layers: a clear of a blank canvas is skipped, of anything else kept', () => {
  it.each(CASES)('%s', (_name, before, reaches) => {
    const { gl, calls } = fakeGl();
    trackBlank(gl);
    before(gl as Gl);
    const n = calls.filter((c) => c.startsWith('clear(')).length;
    gl.clear(GL.COLOR_BUFFER_BIT);
    expect(calls.filter((c) => c.startsWith('clear(')).length - n).toBe(reaches ? 1 : 0);
    expect(isBlank(gl)).toBe(true);
  });

  it('skips nothing that is not a plain colour clear of a blank canvas, and counts what it skips', () => {
    const { gl, calls } = fakeGl();
    trackBlank(gl);
    gl.clear(GL.COLOR_BUFFER_BIT | GL.DEPTH_BUFFER_BIT);
    gl.bindFramebuffer(GL.FRAMEBUFFER, fbo);
    gl.clear(GL.COLOR_BUFFER_BIT);
    gl.bindFramebuffer(GL.FRAMEBUFFER, null);
    gl.enable(GL.SCISSOR_TEST);
    gl.clear(GL.COLOR_BUFFER_BIT);
    gl.disable(GL.SCISSOR_TEST);
    expect(calls.filter((c) => c.startsWith('clear(')).length).toBe(3);
    expect(skippedClears(gl)).toBe(0);
    gl.clear(GL.COLOR_BUFFER_BIT);
    gl.clear(GL.COLOR_BUFFER_BIT);
    expect(calls.filter((c) => c.startsWith('clear(')).length).toBe(4);
    expect(skippedClears(gl)).toBe(1);
  });

  it('passes every call on with its arguments, once, when tracked twice', () => {
    const { gl, calls } = fakeGl();
    trackBlank(gl);
    trackBlank(gl);
    gl.drawArrays(4, 2, 9);
    gl.bindFramebuffer(GL.FRAMEBUFFER, null);
    expect(calls).toEqual(['drawArrays(4,2,9)', `bindFramebuffer(${GL.FRAMEBUFFER},)`]);
    expect(isBlank(gl)).toBe(false);
    expect(isBlank(fakeGl().gl)).toBeUndefined();
  });
});
