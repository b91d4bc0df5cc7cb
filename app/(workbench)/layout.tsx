import { requireUser } from '@/lib/server/auth/current-user';

export default async function WorkbenchLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <>{children}</>;
}
