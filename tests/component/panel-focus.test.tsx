// @vitest-environment jsdom
/**
 * Focus returns on close to where it was, and when that element is gone (the list re-rendered while the
 * panel was open) to the subject's row, else to the list: never to the page's body.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n';
import { Panel } from '../../src/panels/Panel';

beforeAll(() => initI18n('en'));
afterEach(cleanup);

function page(rowIds: string[]) {
  document.body.innerHTML = `<section id="results" tabindex="-1"><ul data-testid="results">${rowIds
    .map((id) => `<li data-id="${id}"><button class="result">${id}</button></li>`)
    .join('')}</ul></section><div id="host"></div>`;
  return document.getElementById('host')!;
}
const panel = (subject: string) => (
  <Panel title="T" subject={subject} kicker="K" onClose={() => {}} testId="p">
    body
  </Panel>
);

describe('panel focus on close', () => {
  it('goes back to the element that had it', () => {
    const host = page(['a', 'b']);
    document.querySelector<HTMLElement>('li[data-id="b"] button')!.focus();
    const r = render(panel('a'), { container: host });
    expect(document.activeElement?.id).toBe('panel-title');
    r.unmount();
    expect(document.activeElement).toBe(document.querySelector('li[data-id="b"] button'));
  });

  it("goes to the subject's row when that element is gone", () => {
    const host = page(['a', 'b']);
    const b = document.querySelector<HTMLElement>('li[data-id="b"] button')!;
    b.focus();
    const r = render(panel('a'), { container: host });
    b.closest('li')!.remove();
    r.unmount();
    expect(document.activeElement).toBe(document.querySelector('li[data-id="a"] button'));
  });

  it('goes to the list when neither is there', () => {
    const host = page(['b']);
    const b = document.querySelector<HTMLElement>('li[data-id="b"] button')!;
    b.focus();
    const r = render(panel('a'), { container: host });
    b.closest('li')!.remove();
    r.unmount();
    expect(document.activeElement?.id).toBe('results');
  });
});
