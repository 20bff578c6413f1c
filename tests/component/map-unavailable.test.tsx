// @vitest-environment jsdom
/** A map that cannot start says so, and tells the store, so what waits for the map's first view comes at once. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n';
import { MapUnavailable } from '../../src/map/MapUnavailable';
import { useStore } from '../../src/state/store';

afterEach(cleanup);

describe('MapUnavailable', () => {
  it('marks the map as failed in the store when it shows', () => {
    initI18n('en');
    act(() => useStore.getState().actions.setMapFailed(false));
    render(<MapUnavailable error={new Error('WebGL is not supported')} />);
    expect(screen.getByTestId('map-unavailable').textContent).toMatch(/WebGL/);
    expect(useStore.getState().ui.mapFailed).toBe(true);
  });
});
