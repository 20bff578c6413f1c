// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toFeature } from '../../geo/build/assemble';
import { thinProps } from '../../src/data/details';
import { initI18n } from '../../src/i18n';
import { NearestStations } from '../../src/proximity/NearestStations';
import { goodProject } from '../fixtures/records';

beforeAll(() => {
  initI18n('zh');
});
afterEach(cleanup);

const feature = (precision: 'site' | 'street' | 'town' | 'district') => {
  const g = goodProject();
  const p = { ...g, location: { ...g.location, precision } };
  const f = toFeature(p, [p.location.type === 'point' ? p.location.coordinates! : [0, 0]]);
  return { ...f, properties: thinProps(f.properties) };
};

describe('nearest stations', () => {
  it('says to what level an approximate project is placed', () => {
    render(<NearestStations project={feature('town')} stations={[]} lines={[]} />);
    expect(screen.getByTestId('nearest-approx')).toHaveTextContent('此项目仅定位到镇/街道，距离为近似值。');
    cleanup();
    render(<NearestStations project={feature('district')} stations={[]} lines={[]} />);
    expect(screen.getByTestId('nearest-approx')).toHaveTextContent('此项目仅定位到区，距离为近似值。');
  });

  it('says nothing of approximation for a project placed to a site or street', () => {
    for (const precision of ['site', 'street'] as const) {
      render(<NearestStations project={feature(precision)} stations={[]} lines={[]} />);
      expect(screen.queryByTestId('nearest-approx')).toBeNull();
      cleanup();
    }
  });
});
