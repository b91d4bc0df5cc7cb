// A segment's state as an icon with its label (colour from the --state-* tokens): the shape tells
// the states apart without colour, the label says it in words.
import { Ban, CircleCheckBig, CircleDashed, CircleDot, CircleX, PenLine, type LucideIcon } from 'lucide-react';
import { useTranslations } from 'next-intl';

const ICONS: Record<string, LucideIcon> = {
  EMPTY: CircleDashed,
  DRAFT: PenLine,
  TRANSLATED: CircleDot,
  APPROVED: CircleCheckBig,
  REJECTED: CircleX,
};

export function StateIcon({ state, doNotTranslate }: { state: string; doNotTranslate: boolean }) {
  const t = useTranslations('editor');
  const ts = useTranslations('states');
  if (doNotTranslate)
    return (
      <span className="badge state-chip s-dnt">
        <Ban aria-hidden="true" size={14} />
        {t('doNotTranslate')}
      </span>
    );
  const Icon = ICONS[state] ?? CircleDashed;
  return (
    <span className={`badge state-chip s-${state}`} data-testid="state">
      <Icon aria-hidden="true" size={14} />
      {ts(state)}
    </span>
  );
}
