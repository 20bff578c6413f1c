/**
 * English panels show no Chinese unit or qualifier: outside names and quotes (marked lang="zh"), every value
 * reads in English ("nearly 600,000 m²", "over 200 days"), and the qualifier stays with it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, sharedPage } from './helpers';

const browser = sharedBrowser();
/** Every test here reads an English panel: one page, moved from view to view. */
const view = sharedPage(browser, undefined, 'en-GB');

/** The panel's text without quotes and without the parts marked as Chinese (names, addresses). */
async function englishText(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('blockquote, [lang="zh"]').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
}

/** A number next to Chinese text ("200 多天", "40 亿美元") or a Chinese qualifier before a number ("近60"). */
const CHINESE_UNIT = /\d\s*[\u3400-\u9fff]|[\u3400-\u9fff]\s*\d/g;

describe('English panels', () => {
  for (const [name, code, expected] of [
    ['the BDA', 'bda', ['over 200 days', 'over 60 countries and regions', 'nearly half', 'over USD 4 billion']],
    ['Haidian', '110108', ['CNY 1,290.71 billion', 'about 9 minutes', 'within 5 working days']],
    ['Changping', '110114', ['over 48,000 people', 'over 1,000 mu', '20+ μg/m³']],
  ] as const)
    it(`show no Chinese unit in ${name}'s panel`, async () => {
      const g = await view(`?district=${code}&lang=en`);
      await expect.poll(() => g.page.getByTestId('district-panel').getAttribute('data-subject')).toBe(code);
      const text = await englishText(g.page, 'district-panel');
      expect(text.length).toBeGreaterThan(500);
      expect(text.match(CHINESE_UNIT) ?? []).toEqual([]);
      for (const e of expected) expect(text, e).toContain(e);
    });

  it('shows a project figure with its qualifier and the floor area in m²', async () => {
    const g = await view('?project=dongzhimen-transport-hub&lang=en');
    await expect
      .poll(() => g.page.getByTestId('project-panel').getAttribute('data-subject'))
      .toBe('dongzhimen-transport-hub');
    const text = await englishText(g.page, 'project-panel');
    expect(text).toContain('nearly 600,000 m²');
    expect(text.match(CHINESE_UNIT) ?? []).toEqual([]);
  });
});
