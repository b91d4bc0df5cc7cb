'use client';
// A comment box (input or textarea) with @mention completion among the project's members: typing @
// opens a listbox of matching members (aria-activedescendant on the box); ↑/↓ move, Enter or Tab
// picks, Escape closes the list (and only the list). Mouse: click a name.
import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState, type InputHTMLAttributes } from 'react';
import { applyMention, matchMembers, mentionQueryAt, type MentionQuery } from '@/lib/review/mention-complete';

export interface MentionPerson {
  id: string;
  name: string;
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>, 'value' | 'onChange'> & {
  multiline?: boolean;
  rows?: number;
  value: string;
  onValueChange: (value: string) => void;
  members: readonly MentionPerson[];
};

export function MentionField({ multiline, value, onValueChange, members, onKeyDown, ...rest }: Props) {
  const t = useTranslations('mentions');
  const listId = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<(MentionQuery & { caret: number }) | null>(null);
  const [active, setActive] = useState(0);
  const people = useMemo(() => members.map((m) => ({ ...m, email: '' })), [members]);
  const options = query ? matchMembers(people, query.query) : [];
  const open = options.length > 0;

  const track = (text: string, caret: number) => {
    const q = mentionQueryAt(text, caret);
    setQuery(q ? { ...q, caret } : null);
    setActive(0);
  };
  const pick = (i: number) => {
    const m = options[i];
    if (!m || !query) return;
    const out = applyMention(value, query, query.caret, m);
    onValueChange(out.text);
    setQuery(null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(out.caret, out.caret);
    });
  };

  const props = {
    ...rest,
    ref,
    value,
    // A one-line box is a combobox; a textarea keeps its textbox role (combobox is not allowed on
    // it) and still points at the list and its active option.
    role: multiline ? undefined : 'combobox',
    'aria-autocomplete': 'list' as const,
    'aria-expanded': multiline ? undefined : open,
    'aria-controls': listId,
    'aria-activedescendant': open ? `${listId}-${active}` : undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      onValueChange(e.target.value);
      track(e.target.value, e.target.selectionStart ?? e.target.value.length);
    },
    onClick: (e: React.MouseEvent<HTMLInputElement & HTMLTextAreaElement>) => track(value, e.currentTarget.selectionStart ?? value.length),
    onBlur: () => setTimeout(() => setQuery(null), 150),
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      if (open && !e.nativeEvent.isComposing) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
          return;
        }
        if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || (e.key === 'Tab' && !e.shiftKey)) {
          e.preventDefault();
          e.stopPropagation();
          pick(active);
          return;
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          setQuery(null);
          return;
        }
      }
      onKeyDown?.(e);
    },
  };

  return (
    <span className="mention-field">
      {multiline ? <textarea {...props} /> : <input type="text" {...props} />}
      <ul id={listId} role="listbox" aria-label={t('members')} className="mention-list" hidden={!open}>
        {options.map((m, i) => (
          <li
            key={m.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(i);
            }}
          >
            @{m.name}
          </li>
        ))}
      </ul>
    </span>
  );
}
