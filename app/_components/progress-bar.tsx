import type { TProgress } from '@/lib/server/presenters/document';

const ORDER = ['APPROVED', 'TRANSLATED', 'DRAFT', 'REJECTED'] as const;

export function ProgressBar({ progress, label }: { progress: TProgress; label: string }) {
  const total = Math.max(progress.total, 1);
  const done = progress.APPROVED + progress.TRANSLATED;
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={done}>
      {ORDER.map((s) =>
        progress[s] > 0 ? <span key={s} className={`s-${s}`} style={{ width: `${(100 * progress[s]) / total}%` }} /> : null,
      )}
    </div>
  );
}
