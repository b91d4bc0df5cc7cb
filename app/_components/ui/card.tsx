import type { HTMLAttributes, ReactNode } from 'react';

/** A surface with a border: a section of a page. `title` renders a heading at `level` (default h2). */
export function Card({
  title,
  level = 2,
  actions,
  children,
  className,
  ...rest
}: { title?: ReactNode; level?: 2 | 3; actions?: ReactNode; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`ui-card ${className ?? ''}`} {...rest}>
      {(title || actions) && (
        <div className="ui-card-head">
          {title && <H className="ui-card-title">{title}</H>}
          {actions && <div className="ui-card-actions">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
