// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toFeature } from '../../geo/build/assemble';
import { detailsFile, splitDetails } from '../../src/data/details';
import type { ProjectFeature } from '../../src/data/model';
import { initI18n } from '../../src/i18n';
import { ProjectPanel } from '../../src/panels/ProjectPanel';
import { goodProject } from '../fixtures/records';

beforeAll(() => {
  initI18n('zh');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  void i18n.changeLanguage('zh');
});

/** The project as the app loads it (thin), with its details file served by a stubbed fetch. */
const feature = (patch = {}): ProjectFeature => {
  const p = { ...goodProject(), ...patch };
  const split = splitDetails({
    type: 'FeatureCollection',
    features: [toFeature(p, [p.location.type === 'point' ? p.location.coordinates! : [0, 0]])],
  });
  const files: Record<string, unknown> = split.chunks;
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const body = files[new URL(url).pathname.split('/').pop()!];
      return Promise.resolve(body ? Response.json(body) : new Response('not found', { status: 404 }));
    }),
  );
  return split.projects.features[0]!;
};

/** The panel as PanelHost renders it, in its own query cache (the details load through it). */
const renderPanel = (project: ProjectFeature, districtName: string, onClose = () => undefined) =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ProjectPanel project={project} projectCount={1} districtName={districtName} onClose={onClose} />
    </QueryClientProvider>,
  );

describe('project panel', () => {
  it('shows both floor areas as the source gives them and in m², the industries, address and quote', async () => {
    renderPanel(feature(), '海淀区');
    const panel = screen.getByTestId('project-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('中关村温泉科技园二期');
    expect(screen.getByTestId('floor_area_total')).toHaveTextContent('30.4万平方米');
    expect(screen.getByTestId('floor_area_total')).toHaveTextContent('304,000 m²');
    expect(screen.getByTestId('floor_area_above_ground')).toHaveTextContent('17.9万平方米');
    expect(screen.getByText('具身智能')).toBeInTheDocument();
    expect(screen.getAllByText('海淀区温泉镇古莲路66号院').length).toBeGreaterThan(0);
    expect(screen.getByTestId('details-loading')).toHaveTextContent('正在加载出处…');
    expect((await screen.findByText('空间规模:总建筑面积30.4万平方米,其中地上17.9万平方米。')).tagName).toBe(
      'BLOCKQUOTE',
    );
    expect(screen.getByTestId('precision')).toHaveTextContent('具体地点');
    expect(screen.getByTestId('basis')).toHaveTextContent('定位依据');
  });

  it('switches to English names, labels and industries', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderPanel(feature(), 'Haidian');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Zhongguancun Wenquan Science Park Phase II');
    expect(screen.getByText('Total floor area')).toBeInTheDocument();
    expect(screen.getByText('Embodied AI')).toBeInTheDocument();
  });

  it('renders text from data as text, never as markup', () => {
    renderPanel(feature({ name_zh: '<img src=x onerror=alert(1)>' }), '海淀区');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('closes with the button and with Escape, and focuses its heading when it opens', async () => {
    const onClose = vi.fn();
    renderPanel(feature(), '海淀区', onClose);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('omits floor areas the source does not give', () => {
    renderPanel(feature({ figures: [] }), '海淀区');
    expect(screen.queryByTestId('floor_area_total')).toBeNull();
  });

  it('says when its details file fails, keeps the rest of the panel, and loads the quotes on retry', async () => {
    const project = feature();
    const ok = globalThis.fetch;
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init?: RequestInit) =>
        fail ? Promise.resolve(new Response('', { status: 503 })) : ok(url, init),
      ),
    );
    renderPanel(project, '海淀区');
    const alert = await screen.findByTestId('details-error');
    expect(alert).toHaveTextContent(`${detailsFile(0)}`);
    expect(alert).toHaveTextContent('503');
    expect(screen.getByTestId('floor_area_total')).toHaveTextContent('30.4万平方米');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect((await screen.findByText('空间规模:总建筑面积30.4万平方米,其中地上17.9万平方米。')).tagName).toBe(
      'BLOCKQUOTE',
    );
    expect(screen.queryByTestId('details-error')).toBeNull();
  });
});
