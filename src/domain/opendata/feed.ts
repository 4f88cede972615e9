import type { ContentCommit } from './gitLog.ts';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Which page shows a content file: plans, territories and organizations have their own. */
export function pageForContentFile(file: string): string {
  const m = /^content\/(plans|territories|organizations)\/([a-z0-9-]+)\.yaml$/.exec(file);
  if (!m) return '/otkrytye-dannye/';
  const section = { plans: 'plany', territories: 'territorii', organizations: 'organizatsii' }[
    m[1] as 'plans' | 'territories' | 'organizations'
  ];
  return `/${section}/${m[2]}/`;
}

/** An Atom feed of content changes, one entry per commit that touched content. */
export function atomFeed(options: {
  commits: ContentCommit[];
  siteUrl: (path: string) => string;
  updated: string;
  limit?: number;
}): string {
  const entries = options.commits.slice(0, options.limit ?? 50).map((c) => {
    const pages = [...new Set(c.files.map(pageForContentFile))];
    const items = pages
      .map(
        (p) =>
          `<li><a href="${escapeXml(options.siteUrl(p))}">${escapeXml(options.siteUrl(p))}</a></li>`,
      )
      .join('');
    return `  <entry>
    <id>urn:nok:commit:${c.hash}</id>
    <title>${escapeXml(c.subject)}</title>
    <updated>${c.date}</updated>
    <link href="${escapeXml(options.siteUrl(pages[0] ?? '/'))}"/>
    <content type="html">${escapeXml(`<p>Изменено файлов: ${c.files.length}.</p><ul>${items}</ul>`)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <id>${escapeXml(options.siteUrl('/'))}</id>
  <title>НОК: открытые данные — изменения</title>
  <subtitle>Новые планы, результаты оценки и изменения данных портала</subtitle>
  <updated>${options.updated}</updated>
  <link rel="self" href="${escapeXml(options.siteUrl('/izmeneniya.xml'))}"/>
  <link href="${escapeXml(options.siteUrl('/'))}"/>
  <author><name>НОК: открытые данные</name></author>
${entries.join('\n')}
</feed>
`;
}
