'use client';
// Go to a segment by its number.
import { CornerDownLeft } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { IconButton } from '@/app/_components/ui';

export function JumpForm({ total, onJump }: { total: number; onJump: (n: number) => void }) {
  const t = useTranslations('editor');
  const [jump, setJump] = useState('');
  return (
    <form
      className="jump-form"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(jump);
        if (n > 0) onJump(n);
      }}
    >
      <input
        type="number"
        aria-label={t('jumpTo')}
        placeholder="#"
        min={1}
        max={total}
        value={jump}
        onChange={(e) => setJump(e.target.value)}
      />
      <IconButton type="submit" label={t('go')} icon={<CornerDownLeft size={15} />} />
    </form>
  );
}
