'use client';
// Import a document: upload a file or paste text. After the import, the names the importer detected
// ("Romanised(한글)") are listed so the owner can confirm them before translation starts.
import { useTranslations } from 'next-intl';
import { Button, Field, FileInput, Input, Textarea } from '@/app/_components/ui';
import { DetectedNames } from './detected-names';
import { useImportDocument } from './use-import-document';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.xlf,.xliff,text/plain,text/markdown,text/html';

export function NewDocumentForm({ projectId }: { projectId: string }) {
  const t = useTranslations('project');
  const ti = useTranslations('import');
  const { error, busy, result, submit, confirm, markConfirmed } = useImportDocument(projectId);

  return (
    <details className="card ui-card new-document" open={!!result}>
      <summary>{t('newDocument')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <Field label={ti('titleOptional')} htmlFor="doc-title">
          <Input id="doc-title" name="title" maxLength={300} style={{ width: '100%' }} />
        </Field>
        <Field label={ti('file')} htmlFor="doc-file">
          <FileInput id="doc-file" name="file" accept={ACCEPT} />
        </Field>
        <Field label={ti('or')} htmlFor="doc-content">
          <Textarea id="doc-content" name="content" lang="en" placeholder={t('content')} />
        </Field>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" disabled={busy}>
          {busy ? ti('importing') : t('importSubmit')}
        </Button>
      </form>
      {result && (
        <DetectedNames
          projectId={projectId}
          result={result}
          onConfirm={(n) => void confirm(n)}
          onPicked={(termId, target) => markConfirmed(termId, target)}
        />
      )}
    </details>
  );
}
