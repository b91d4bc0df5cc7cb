import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/server/auth/current-user';

export default async function Home() {
  redirect((await currentUser()) ? '/projects' : '/sign-in');
}
