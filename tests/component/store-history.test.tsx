// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/state/store';
import { EMPTY_URL_STATE } from '../../src/state/url';
import { useUrlSync } from '../../src/state/useUrlSync';

const actions = () => useStore.getState().actions;
const view = () => useStore.getState().view;

function Sync() {
  useUrlSync();
  return null;
}
const popTo = async (steps: number) => {
  await new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history.go(steps);
  });
};

beforeEach(() => {
  history.replaceState(null, '', '/');
  act(() => actions().setView(EMPTY_URL_STATE));
});
afterEach(cleanup);

describe('store actions', () => {
  it('a selection replaces the other selections and closes compare', () => {
    act(() => actions().openCompare(['110108', '110114']));
    expect(useStore.getState().ui.compareOpen).toBe(true);
    act(() => actions().selectDistrict('110114'));
    expect(view()).toMatchObject({ district: '110114', project: null, compare: [] });
    expect(useStore.getState().ui.compareOpen).toBe(false);
    act(() => actions().selectProject('zhongguancun-no-1'));
    expect(view()).toMatchObject({ project: 'zhongguancun-no-1', district: null });
    act(() => actions().closePanel());
    expect(view()).toMatchObject({ project: null, district: null, compare: [] });
  });

  it('filters toggle, the sort is part of the view, and clearing keeps the sort', () => {
    act(() => actions().toggleSector('education'));
    act(() => actions().toggleSector('healthcare'));
    act(() => actions().toggleSector('education'));
    act(() => actions().setSort('floor_area'));
    act(() => actions().setQuery('中关村'));
    expect(view()).toMatchObject({ sectors: ['healthcare'], sort: 'floor_area', q: '中关村' });
    act(() => actions().clearFilters());
    expect(view()).toMatchObject({ sectors: [], q: '', sort: 'floor_area' });
  });

  it('an unknown project is dropped and remembered as not found; the next selection forgets it', () => {
    act(() => actions().setView({ ...EMPTY_URL_STATE, project: 'no-such-project' }));
    act(() => actions().dropUnknownProject('no-such-project'));
    expect(view().project).toBeNull();
    expect(useStore.getState().ui.notFound).toBe('no-such-project');
    expect(useStore.getState().viewChange).toBe('correct');
    act(() => actions().selectDistrict('110108'));
    expect(useStore.getState().ui.notFound).toBeNull();
  });
});

describe('URL history', () => {
  it('selections push entries; filters, sort, camera and language replace the current one', () => {
    render(<Sync />);
    const start = history.length;
    act(() => actions().selectDistrict('110108'));
    expect(history.length).toBe(start + 1);
    expect(location.search).toBe('?district=110108');
    act(() => actions().toggleSector('education'));
    act(() => actions().setSort('floor_area'));
    act(() => actions().setLang('en'));
    expect(history.length).toBe(start + 1);
    act(() => actions().openCompare(['110108', '110114']));
    expect(history.length).toBe(start + 2);
    expect(location.search).toContain('compare=110108,110114');
  });

  it('a filter reaches the address bar in a task after the change, not in the event that made it', async () => {
    render(<Sync />);
    act(() => actions().toggleSector('education'));
    // (The key's or the click's result comes first: writing the URL took ≈13 ms of a keystroke at 100k.)
    expect(location.search).toBe('');
    await vi.waitFor(() => expect(location.search).toBe('?sector=education'));
  });

  it('a write still waiting goes when the page is hidden (a reload right after a change)', () => {
    render(<Sync />);
    act(() => actions().toggleSector('healthcare'));
    expect(location.search).toBe('');
    window.dispatchEvent(new Event('pagehide'));
    expect(location.search).toBe('?sector=healthcare');
  });

  it('Back restores the earlier selection but keeps the language chosen since', async () => {
    render(<Sync />);
    act(() => actions().selectDistrict('110108'));
    act(() => actions().selectProject('zhongguancun-no-1'));
    act(() => actions().setLang('en'));
    await act(() => popTo(-1));
    expect(view()).toMatchObject({ district: '110108', project: null, lang: 'en' });
    expect(new URLSearchParams(location.search).get('lang')).toBe('en');
    await act(() => popTo(1));
    expect(view()).toMatchObject({ project: 'zhongguancun-no-1', lang: 'en' });
  });

  it('a dropped unknown project replaces the entry instead of adding one', () => {
    history.replaceState(null, '', '/?project=no-such-project&lang=zh');
    render(<Sync />);
    const start = history.length;
    act(() => actions().dropUnknownProject('no-such-project'));
    expect(history.length).toBe(start);
    expect(location.search).toBe('?lang=zh');
  });
});
