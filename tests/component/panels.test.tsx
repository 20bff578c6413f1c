// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComparePanel } from '../../src/compare/ComparePanel';
import { initI18n } from '../../src/i18n';
import { ResultsList } from '../../src/list/ResultsList';
import { DistrictPanel } from '../../src/panels/DistrictPanel';
import { useStore } from '../../src/state/store';
import { EMPTY_URL_STATE } from '../../src/state/url';
import type { ProjectFeature, ProjectProps } from '../../src/data/model';
import { makeIndicator, makePlan, makeProfile, makeProject } from '../fixtures/factories';

beforeAll(() => {
  initI18n('zh');
  // jsdom lays nothing out: give the list's scroll box a size so the virtualizer renders rows.
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(340);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});
beforeEach(() => {
  act(() => useStore.getState().actions.setView(EMPTY_URL_STATE));
});
afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('zh'));
});

const feature = (p: ProjectProps): ProjectFeature => ({
  type: 'Feature',
  id: p.id,
  geometry: { type: 'Point', coordinates: [116.3, 40] },
  properties: p,
});

describe('district panel', () => {
  const haidian = makeProfile({
    code: '110108',
    indicators: [makeIndicator({ id: 'gdp-2024' })],
    plans: [makePlan({ id: 'parks', projects: ['a'] })],
  });
  const projects = [
    makeProject({ id: 'a', name_zh: '中关村壹号' }),
    makeProject({ id: 'b', name_zh: '海淀医院', sector: 'healthcare' }),
  ].map(feature);

  it('is headed by what the area is: a district, the BDA, the city', () => {
    const { rerender } = render(
      <DistrictPanel profile={haidian} projects={projects} projectById={new Map()} onClose={() => undefined} />,
    );
    const panel = screen.getByTestId('district-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('海淀区');
    expect(panel.querySelector('.panel-kicker')).toHaveTextContent(/^区$/);
    rerender(
      <DistrictPanel
        profile={makeProfile({ code: 'bda' })}
        projects={[]}
        projectById={new Map()}
        onClose={() => undefined}
      />,
    );
    expect(panel.querySelector('.panel-kicker')).toHaveTextContent('经济技术开发区');
    rerender(
      <DistrictPanel
        profile={makeProfile({ code: 'beijing' })}
        projects={[]}
        projectById={new Map()}
        onClose={() => undefined}
      />,
    );
    expect(panel.querySelector('.panel-kicker')).toHaveTextContent('全市');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('北京市（全市）');
  });

  it('groups its projects by sector, and a project link selects it', () => {
    render(<DistrictPanel profile={haidian} projects={projects} projectById={new Map()} onClose={() => undefined} />);
    expect(screen.getByRole('heading', { level: 3, name: '项目 (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: '医疗卫生' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '海淀医院' }));
    expect(useStore.getState().view.project).toBe('b');
  });

  it('says so when the documents have nothing on an area', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(
      <DistrictPanel
        profile={makeProfile({ code: '110113' })}
        projects={[]}
        projectById={new Map()}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByTestId('no-data')).toHaveTextContent('The five source documents say nothing about Shunyi.');
  });
});

describe('compare panel', () => {
  const profiles = [
    makeProfile({ code: '110101', indicators: [makeIndicator({ id: 'g1', metric: 'gdp' })] }),
    makeProfile({ code: '110108', indicators: [makeIndicator({ id: 'g2', metric: 'gdp' })] }),
    makeProfile({ code: '110114' }),
    makeProfile({ code: 'bda' }),
    makeProfile({ code: '110113' }),
  ];
  const projects = [makeProject({ id: 'a' }), makeProject({ id: 'c', district: '110114' })];

  it('shows four areas with short names, a heading that is not the legend, and the coverage note', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(
      <ComparePanel
        codes={['110101', '110108', '110114', 'bda']}
        profiles={profiles}
        projects={projects}
        onClose={() => undefined}
      />,
    );
    const table = screen.getByTestId('compare-table');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Measure',
      'Dongcheng',
      'Haidian',
      'Changping',
      'BDA',
    ]);
    expect(table).toHaveClass('cols-4');
    const panel = screen.getByTestId('compare-panel');
    const kicker = panel.querySelector('.panel-kicker')!.textContent;
    expect(kicker).not.toBe(panel.querySelector('fieldset legend')!.textContent);
    expect(screen.getByTestId('coverage-note')).toHaveTextContent('not how much a district builds');
    // A fifth area cannot be added.
    expect(screen.getByTestId('compare-110113')).toBeDisabled();
    expect(screen.getAllByTestId('shared-row')).toHaveLength(1);
  });

  it('gives the coverage note in Chinese too', () => {
    render(
      <ComparePanel codes={['110101', '110108']} profiles={profiles} projects={projects} onClose={() => undefined} />,
    );
    expect(screen.getByTestId('coverage-note')).toHaveTextContent('不代表一个区建设了多少');
  });
});

describe('results list', () => {
  const rows = [
    makeProject({
      id: 'big',
      name_zh: '大园区',
      name_en: 'Big park',
      figures: [{ kind: 'floor_area_total', value: 30.4, unit: '万平方米' }],
      floor_area_total_m2: 304000,
    }),
    makeProject({
      id: 'land',
      name_zh: '安宁庄',
      name_en: 'Anning',
      figures: [{ kind: 'land_area', value: 0.61, unit: '平方公里' }],
    }),
    makeProject({
      id: 'small',
      name_zh: '北部园区',
      name_en: 'North park',
      figures: [{ kind: 'floor_area_total', value: 2, unit: '万平方米' }],
      floor_area_total_m2: 20000,
    }),
  ];
  const list = (extra: Partial<Parameters<typeof ResultsList>[0]> = {}) => (
    <ResultsList
      matches={rows}
      total={10}
      byId={new Map()}
      areaName={(c) => c}
      searching={false}
      scopeName={null}
      {...extra}
    />
  );
  const names = () => [...document.querySelectorAll('.result-name')].map((e) => e.textContent);

  it('labels each figure with what it measures; sorting by floor area shows and ranks floor areas only', () => {
    render(list());
    const figures = screen.getAllByTestId('result-figure').map((e) => e.textContent);
    expect(figures).toEqual(['占地面积0.61平方公里', '总建筑面积2万平方米', '总建筑面积30.4万平方米']);
    fireEvent.change(screen.getByTestId('sort'), { target: { value: 'floor_area' } });
    expect(useStore.getState().view.sort).toBe('floor_area');
    expect(names()).toEqual(['大园区', '北部园区', '安宁庄']);
    expect(screen.getAllByTestId('result-figure').map((e) => e.textContent)).toEqual([
      '总建筑面积30.4万平方米',
      '总建筑面积2万平方米',
    ]);
  });

  it('names the area it follows, and counts within it', () => {
    render(list({ scopeName: '昌平区' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('昌平区的项目');
    expect(screen.getByTestId('result-count')).toHaveTextContent('共 10 个，显示 3 个');
  });

  it('is one tab stop; arrow keys, Home and End move between rows', () => {
    render(list());
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('.result')];
    expect(buttons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons()[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons()[1]);
    expect(buttons()[1]!.tabIndex).toBe(0);
    expect(buttons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(buttons()[2]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons()[2]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(buttons()[0]);
  });

  it('while typo matches are on their way, says it is looking rather than that nothing matches', async () => {
    const { rerender } = render(list({ matches: [], searching: true, typosPending: true }));
    expect(screen.getByTestId('result-count')).toHaveTextContent('正在查找…');
    expect(screen.getByTestId('looking-for-typos')).toHaveTextContent('拼写相近');
    expect(screen.queryByText('没有符合条件的项目。')).toBeNull();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByTestId('looking-for-typos')).toHaveTextContent('looking for close spellings');
    rerender(list({ matches: [], searching: true, typosPending: false }));
    expect(screen.getByText('No project matches these filters.')).toBeInTheDocument();
    expect(screen.getByTestId('result-count')).toHaveTextContent('0 of 10 projects');
  });

  it('hovering a row marks its project; activating it selects it', () => {
    render(list());
    const row = screen.getByRole('button', { name: /安宁庄/ });
    fireEvent.mouseEnter(row);
    expect(useStore.getState().ui.hoverProject).toBe('land');
    fireEvent.click(row);
    expect(useStore.getState().view.project).toBe('land');
  });
});
