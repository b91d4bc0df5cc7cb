// The public web edition (no sign-in). The article itself comes from the escaping renderer in
// lib/publish/render.ts (segments rendered from their TipTap JSON, every character of user text
// escaped), the same markup and stylesheet Chromium prints to PDF. Around it: downloads and the
// other visible versions.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { headers } from 'next/headers';
import { urlOf, type CallOptions } from '@/app/_components/api-client/client';
import { EDITION_CSS } from '@/lib/publish/edition-css';
import { renderEditionArticle } from '@/lib/publish/render';
import { editionPath, type EditionView } from '@/lib/publish/snapshot';
import { getPublicEdition, listPublicVersions } from '@/lib/server/editions/get-edition';
import { EditionReader } from './edition-reader';

export async function loadEdition(slug: string, n?: string): Promise<EditionView> {
  const version = n === undefined ? undefined : Number(n);
  if (version !== undefined && !(Number.isInteger(version) && version > 0)) notFound();
  const ed = await getPublicEdition(decodeURIComponent(slug), version);
  if (!ed) notFound();
  return ed;
}

function excerpt(ed: EditionView): string {
  const first = ed.segments.find((s) => s.n !== ed.titleSegment && s.kind === 'paragraph');
  const text = first ? (first.source.content[0]?.content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('') : '';
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export async function editionMetadata(slug: string, n?: string): Promise<Metadata> {
  const ed = await getPublicEdition(decodeURIComponent(slug), n === undefined ? undefined : Number(n) || -1);
  if (!ed) return { title: 'Not found' };
  const title = ed.title.target !== ed.title.source ? `${ed.title.source} · ${ed.title.target}` : ed.title.source;
  const description = excerpt(ed) || `Bilingual English–Korean edition, version ${ed.version}`;
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: editionPath(ed.slug, ed.version) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: editionPath(ed.slug, ed.version),
      locale: 'en_US',
      alternateLocale: ['ko_KR'],
      publishedTime: ed.publishedAt,
      authors: [...ed.credits.translators, ...ed.credits.reviewers],
    },
  };
}

const FORMATS: (CallOptions<'downloadEdition'>['query'] & { label: string })[] = [
  { format: 'epub', label: 'EPUB' },
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'md', label: 'Markdown (EN + KO)', variant: 'bilingual' },
  { format: 'md', label: 'Markdown (한국어)', variant: 'ko' },
  // XLIFF and TMX are working files for the project's members (publish screen), not offered here.
];

export async function EditionPage({ ed }: { ed: EditionView }) {
  const [versions, nonce] = await Promise.all([listPublicVersions(ed.slug), headers().then((h) => h.get('x-nonce') ?? undefined)]);
  const latest = versions[0]?.version;
  return (
    <>
      <style nonce={nonce}>{EDITION_CSS}</style>
      {latest !== undefined && latest !== ed.version && (
        <p className="ed-nav ed-old" role="note">
          <span lang="en">You are reading version {ed.version}. </span>
          <span lang="ko">{ed.version}판을 보고 있습니다. </span>
          <a href={editionPath(ed.slug)}>
            <span lang="en">Latest version</span> · <span lang="ko">최신판</span>
          </a>
        </p>
      )}
      <div dangerouslySetInnerHTML={{ __html: renderEditionArticle(ed, { toggle: true }) }} />
      <EditionReader />
      <nav className="ed-nav" aria-label="Downloads and versions · 내려받기와 판">
        <h2>
          <span lang="en">Download</span> · <span lang="ko">내려받기</span>
        </h2>
        <ul className="ed-downloads">
          {FORMATS.map((f) => (
            <li key={f.label}>
              <a href={urlOf('downloadEdition', { id: ed.id }, { format: f.format, variant: f.variant })} download>
                {f.label}
              </a>
            </li>
          ))}
        </ul>
        {versions.length > 1 && (
          <>
            <h2>
              <span lang="en">Versions</span> · <span lang="ko">판</span>
            </h2>
            <ul className="ed-versions">
              {versions.map((v) => (
                <li key={v.id}>
                  {v.version === ed.version ? (
                    <strong aria-current="page">v{v.version}</strong>
                  ) : (
                    <a href={editionPath(ed.slug, v.version)}>v{v.version}</a>
                  )}{' '}
                  <time dateTime={v.publishedAt}>{v.publishedAt.slice(0, 10)}</time>
                </li>
              ))}
            </ul>
          </>
        )}
      </nav>
    </>
  );
}
