// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toFeature } from '../../geo/build/assemble';
import { initI18n } from '../../src/i18n';
import { ProjectPanel } from '../../src/panels/ProjectPanel';
import { goodProject } from '../fixtures/records';

beforeAll(() => {
  initI18n('zh');
});
afterEach(() => {
  cleanup();
  void i18n.changeLanguage('zh');
});

const feature = (patch = {}) => {
  const p = { ...goodProject(), ...patch };
  return toFeature(p, [p.location.type === 'point' ? p.location.coordinates! : [0, 0]]);
};

describe('project panel', () => {
  it('shows both floor areas as the source gives them and in m², the industries, address and quote', () => {
    render(<ProjectPanel project={feature()} districtName="海淀区" onClose={() => undefined} />);
    const panel = screen.getByTestId('project-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('中关村温泉科技园二期');
    expect(screen.getByTestId('floor_area_total')).toHaveTextContent('30.4万平方米');
    expect(screen.getByTestId('floor_area_total')).toHaveTextContent('304,000 m²');
    expect(screen.getByTestId('floor_area_above_ground')).toHaveTextContent('17.9万平方米');
    expect(screen.getByText('具身智能')).toBeInTheDocument();
    expect(screen.getAllByText('海淀区温泉镇古莲路66号院').length).toBeGreaterThan(0);
    expect(screen.getByText('空间规模:总建筑面积30.4万平方米,其中地上17.9万平方米。').tagName).toBe('BLOCKQUOTE');
    expect(screen.getByTestId('precision')).toHaveTextContent('具体地点');
  });

  it('switches to English names, labels and industries', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(<ProjectPanel project={feature()} districtName="Haidian" onClose={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Zhongguancun Wenquan Science Park Phase II');
    expect(screen.getByText('Total floor area')).toBeInTheDocument();
    expect(screen.getByText('Embodied AI')).toBeInTheDocument();
  });

  it('renders text from data as text, never as markup', () => {
    render(
      <ProjectPanel
        project={feature({ name_zh: '<img src=x onerror=alert(1)>' })}
        districtName="海淀区"
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('closes with the button and with Escape, and focuses its heading when it opens', async () => {
    const onClose = vi.fn();
    render(<ProjectPanel project={feature()} districtName="海淀区" onClose={onClose} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('omits floor areas the source does not give', () => {
    render(<ProjectPanel project={feature({ figures: [] })} districtName="海淀区" onClose={() => undefined} />);
    expect(screen.queryByTestId('floor_area_total')).toBeNull();
  });
});
