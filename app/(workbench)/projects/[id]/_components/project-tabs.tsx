'use client';
// The project page's sections as tabs (documents, members and invites, translation memory,
// settings), the open one kept in the URL (?tab=…) so the sidebar and the command palette can link
// to each and a reload stays put.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { Tabs } from '@/app/_components/ui';

export function ProjectTabs({ label, tabs }: { label: string; tabs: { value: string; label: string; content: ReactNode }[] }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const asked = params.get('tab');
  const value = tabs.some((t) => t.value === asked) ? asked! : tabs[0]!.value;
  return (
    <Tabs
      label={label}
      tabs={tabs}
      value={value}
      onValueChange={(v) => {
        const next = new URLSearchParams(params);
        if (v === tabs[0]!.value) next.delete('tab');
        else next.set('tab', v);
        router.replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false });
      }}
    />
  );
}
