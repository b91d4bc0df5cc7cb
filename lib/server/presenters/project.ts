import 'server-only';
import type { Role } from '../../workflow/segment-states';

export interface TProject {
  id: string;
  name: string;
  sourceLang: string;
  targetLang: string;
  role: Role;
  createdAt: string;
}

export interface TMember {
  userId: string;
  email: string;
  name: string;
  role: Role;
}

export function presentProject(
  p: { id: string; name: string; sourceLang: string; targetLang: string; createdAt: Date },
  role: Role,
): TProject {
  return { id: p.id, name: p.name, sourceLang: p.sourceLang, targetLang: p.targetLang, role, createdAt: p.createdAt.toISOString() };
}

export function presentMember(m: { role: Role; user: { id: string; email: string; name: string } }): TMember {
  return { userId: m.user.id, email: m.user.email, name: m.user.name, role: m.role };
}
