import i18n, { type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../state/url';
import { resources } from './resources';

/** Language: the URL's `lang`, else the browser's preference (Chinese if it asks for any Chinese), else Chinese. */
export function detectLang(urlLang: Lang | null, navigatorLangs: readonly string[] = navigator.languages ?? []): Lang {
  if (urlLang) return urlLang;
  for (const l of navigatorLangs) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'zh';
}

export function initI18n(lang: Lang) {
  if (!i18n.isInitialized)
    void i18n.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: 'zh',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  return i18n;
}

/** The current language and translator (typed: keys are checked against the Chinese resources, see i18next.d.ts). */
export function useLang(): { lang: Lang; t: TFunction } {
  const { t, i18n: inst } = useTranslation();
  return { lang: inst.language === 'en' ? 'en' : 'zh', t };
}

/** Picks the `_zh` or `_en` variant of a data field. */
export const pick = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);
