'use client';
// What the editor says: to screen readers (polite) and as a short toast on screen.
export function Announcer({ message, onDone }: { message: string; onDone: () => void }) {
  return (
    <>
      <p className="sr-only" role="status" aria-live="polite">
        {message}
      </p>
      {message && (
        <p className="toast" aria-hidden="true" onAnimationEnd={onDone}>
          {message}
        </p>
      )}
    </>
  );
}
