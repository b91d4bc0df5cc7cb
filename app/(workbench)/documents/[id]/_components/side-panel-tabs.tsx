// The side panel's tabs: suggestions (TM, MT, concordance), glossary hits, revision history, QA,
// comments and reader notes.
import { BookA, History, Lightbulb, MessageSquare, ShieldCheck } from 'lucide-react';
import type { useTranslations } from 'next-intl';
import { CommentsTab } from './comments-tab';
import { GlossaryTab } from './glossary-tab';
import { PanelTabLabel } from './panel-tab-label';
import { QaSection } from './qa-section';
import type { RowOverlay } from './row-overlays';
import { RevisionHistory } from './revision-history';
import type { SidePanelProps } from './side-panel';
import { SuggestionsTab } from './suggestions-tab';
import type { SegmentDto } from './types';
import type { PanelTab } from './use-panel-tab';

interface Args {
  props: SidePanelProps;
  segment: SegmentDto;
  overlay: RowOverlay;
  setTab: (tab: PanelTab) => void;
  t: ReturnType<typeof useTranslations<'editor'>>;
  tq: ReturnType<typeof useTranslations<'editorQa'>>;
  tr: ReturnType<typeof useTranslations<'editorReview'>>;
}

export function panelTabs({ props, segment, overlay, setTab, t, tq, tr }: Args) {
  const { overlays, activeId, role } = props;
  return [
    {
      value: 'suggestions',
      label: <PanelTabLabel icon={Lightbulb} text={t('suggestions')} count={props.suggestions.length} />,
      content: <SuggestionsTab suggestions={props.suggestions} onInsert={props.onInsertSuggestion} onConcordance={props.onConcordance} />,
    },
    {
      value: 'glossary',
      label: <PanelTabLabel icon={BookA} text={t('glossary')} count={props.hits.length} />,
      content: <GlossaryTab hits={props.hits} canPick={role === 'OWNER'} onInsert={props.onInsertTerm} onTermPicked={props.onTermPicked} />,
    },
    {
      value: 'history',
      label: <PanelTabLabel icon={History} text={t('history')} />,
      content: (
        <section aria-labelledby="sp-history">
          <h2 id="sp-history" className="sr-only">
            {t('history')}
          </h2>
          <RevisionHistory segmentId={activeId} version={segment.version} />
        </section>
      ),
    },
    {
      value: 'qa',
      label: (
        <PanelTabLabel
          icon={ShieldCheck}
          text={tq('title')}
          count={overlay.qa?.version === segment.version ? overlay.qa.issues.length : 0}
        />
      ),
      content: (
        <section aria-labelledby="sp-qa">
          <h2 id="sp-qa" className="sr-only">
            {tq('title')}
          </h2>
          <QaSection
            segment={segment}
            role={role}
            onSaved={props.onServerSegment}
            overlays={overlays}
            onReplaceWord={props.onReplaceWord}
          />
        </section>
      ),
    },
    {
      value: 'comments',
      label: <PanelTabLabel icon={MessageSquare} text={tr('comments')} count={overlay.annotations.length + overlay.notes.length} />,
      content: <CommentsTab segment={segment} overlays={overlays} role={role} userId={props.userId} onWanted={() => setTab('comments')} />,
    },
  ];
}
