/**
 * "Report a problem with this record": the message a user sends, with the record id, what the panel showed
 * and the page address. No server: a mailto: link when the build names an address (VITE_REPORT_EMAIL), else
 * the text to copy. Pure.
 */
import type { ProjectProps } from '../data/model';
import type { Lang } from '../state/url';

export interface ReportInput {
  project: ProjectProps;
  /** What the panel showed, as "label: value" lines, in the user's language. */
  shown: readonly string[];
  url: string;
  lang: Lang;
}

export function reportSubject({ project, lang }: Pick<ReportInput, 'project' | 'lang'>): string {
  return lang === 'zh'
    ? `数据问题：${project.name_zh}（${project.id}）`
    : `Data problem: ${project.name_en} (${project.id})`;
}

export function reportText({ project, shown, url, lang }: ReportInput): string {
  const zh = lang === 'zh';
  const docs = project.docs.join(', ');
  return [
    zh ? `记录编号：${project.id}` : `Record id: ${project.id}`,
    zh ? `页面地址：${url}` : `Page: ${url}`,
    zh ? `出处文件：${docs}` : `Source files: ${docs}`,
    '',
    zh ? '我看到的内容：' : 'What I saw:',
    ...shown.map((l) => `- ${l}`),
    '',
    zh
      ? '问题（请描述哪里不对，最好附上原文出处）：'
      : 'The problem (what is wrong, ideally with the sentence in the source):',
    '',
  ].join('\n');
}

/** A simple check of an e-mail address from the build's configuration: anything else offers copying only. */
export const isEmail = (s: string | undefined): s is string =>
  !!s && /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[a-z]{2,}$/i.test(s);

export function mailtoHref(email: string, subject: string, body: string): string {
  if (!isEmail(email)) throw new Error(`report: not an e-mail address: "${String(email)}"`);
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
