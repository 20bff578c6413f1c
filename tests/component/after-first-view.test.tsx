// @vitest-environment jsdom
/** What loads after the first view (src/ui/afterFirstView.ts): when it comes, and that it then stays. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FIRST_VIEW_MAX_MS, resetAfterFirstView, useAfterFirstView } from '../../src/ui/afterFirstView';
import { useStore } from '../../src/state/store';

function Probe() {
  return <p data-testid="probe">{useAfterFirstView() ? 'after' : 'first'}</p>;
}
const state = () => screen.getByTestId('probe').textContent;
const actions = () => useStore.getState().actions;

beforeEach(() => {
  resetAfterFirstView();
  act(() => {
    actions().setMapDrawn(false);
    actions().setMapFailed(false);
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('after the first view', () => {
  it('waits while the map is still drawing, and comes once it has drawn', () => {
    render(<Probe />);
    expect(state()).toBe('first');
    act(() => actions().setMapDrawn(true));
    expect(state()).toBe('after');
  });

  it('comes at once when the map cannot start (the list is all there is)', () => {
    render(<Probe />);
    act(() => actions().setMapFailed(true));
    expect(state()).toBe('after');
  });

  it("comes on the user's first key or pointer press, before the map has drawn", () => {
    render(<Probe />);
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(state()).toBe('after');
    cleanup();
    resetAfterFirstView();
    render(<Probe />);
    expect(state()).toBe('first');
    fireEvent.pointerDown(document.body);
    expect(state()).toBe('after');
  });

  it('comes after a while without any sign of the map', () => {
    vi.useFakeTimers();
    render(<Probe />);
    act(() => {
      vi.advanceTimersByTime(AFTER_FIRST_VIEW_MAX_MS - 1);
    });
    expect(state()).toBe('first');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(state()).toBe('after');
  });

  it('stays once it has come, when the map loads again', () => {
    render(<Probe />);
    act(() => actions().setMapDrawn(true));
    act(() => actions().setMapDrawn(false));
    expect(state()).toBe('after');
    cleanup();
    render(<Probe />);
    expect(state()).toBe('after');
  });
});
