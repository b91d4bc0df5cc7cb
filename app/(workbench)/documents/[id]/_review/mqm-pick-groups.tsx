'use client';
// AnnotationForm's two radio groups: the MQM category (keys 1–9, a–d) and the severity (n / m / j / c,
// or the points). The key handlers and the chosen values come from useAnnotationForm.
import { useTranslations } from 'next-intl';
import {
  CATEGORY_KEYS,
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  PENALTY,
  SEVERITY_KEYS,
  categoryMessageKey,
  type MqmCategory,
  type MqmSeverity,
} from '@/lib/review/mqm';

interface GroupProps<T> {
  groupRef: React.RefObject<HTMLFieldSetElement | null>;
  onKeyDown: (e: React.KeyboardEvent) => void;
  value: T | null;
  onPick: (value: T) => void;
}

export function CategoryGroup({ groupRef, onKeyDown, value, onPick }: GroupProps<MqmCategory>) {
  const t = useTranslations('review');
  return (
    <fieldset ref={groupRef} onKeyDown={onKeyDown} className="pick-group">
      <legend>
        {t('category')} <span className="muted small">{t('categoryKeys')}</span>
      </legend>
      {MQM_CATEGORIES.map((c) => (
        <label key={c} className="pick">
          <input type="radio" name="category" value={c} checked={value === c} onChange={() => onPick(c)} />
          <kbd>{CATEGORY_KEYS[c]}</kbd> {t(`category_${categoryMessageKey(c)}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function SeverityGroup({ groupRef, onKeyDown, value, onPick }: GroupProps<MqmSeverity>) {
  const t = useTranslations('review');
  return (
    <fieldset ref={groupRef} onKeyDown={onKeyDown} className="pick-group">
      <legend>
        {t('severity')} <span className="muted small">{t('severityKeys')}</span>
      </legend>
      {MQM_SEVERITIES.map((s) => (
        <label key={s} className="pick">
          <input type="radio" name="severity" value={s} checked={value === s} onChange={() => onPick(s)} />
          <kbd>{SEVERITY_KEYS[s]}</kbd> {t(`severity_${s}`)} <span className="muted small">({t('points', { n: PENALTY[s] })})</span>
        </label>
      ))}
    </fieldset>
  );
}
