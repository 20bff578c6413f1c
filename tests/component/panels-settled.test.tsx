// @vitest-environment jsdom
/**
 * A camera move for what was opened waits while a panel is still loading (its placeholder is smaller than
 * the panel, so the camera would put the subject under the final panel), goes once it has loaded, and is
 * cancelled with the selection.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenPanelsSettled } from '../../src/map/camera';

const frames = () => new Promise((r) => setTimeout(r, 50));
afterEach(() => {
  document.body.innerHTML = '';
});

describe('whenPanelsSettled', () => {
  it('moves at once when no panel is loading', () => {
    document.body.innerHTML = '<section data-covers-map=""></section>';
    const move = vi.fn();
    whenPanelsSettled(move);
    expect(move).toHaveBeenCalledTimes(1);
  });

  it('waits for a loading panel, then moves once', async () => {
    document.body.innerHTML = '<section data-covers-map="" aria-busy="true"></section>';
    const move = vi.fn();
    whenPanelsSettled(move);
    await frames();
    expect(move).not.toHaveBeenCalled();
    document.body.innerHTML = '<section data-covers-map=""></section>';
    await frames();
    expect(move).toHaveBeenCalledTimes(1);
  });

  it('does not move once cancelled', async () => {
    document.body.innerHTML = '<section data-covers-map="" aria-busy="true"></section>';
    const move = vi.fn();
    const cancel = whenPanelsSettled(move);
    cancel();
    document.body.innerHTML = '';
    await frames();
    expect(move).not.toHaveBeenCalled();
  });
});
