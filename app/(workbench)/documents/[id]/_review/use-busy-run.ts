'use client';
// One busy flag and one error line for a component's requests: `run` clears the error, sets busy,
// awaits the request and shows its error text if it fails.
import { useState } from 'react';
import { useErrorText } from '@/app/_components/use-error-text';

export function useBusyRun() {
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
