// Who may do what, written once. Each predicate takes the actor's role in the project (null when the
// actor is not a member) and answers yes or no. Services call `authorize`, which turns "not a member"
// into 404 (a project's existence is not disclosed) and "member without the right" into 403.
import type { Role } from '../workflow/segment-states';
import { AppError, notFoundReason } from './errors';

type Rule = (role: Role) => boolean;

const any: Rule = () => true;
const owner: Rule = (r) => r === 'OWNER';
const writesTargets: Rule = (r) => r === 'OWNER' || r === 'TRANSLATOR' || r === 'REVIEWER';
const reviews: Rule = (r) => r === 'OWNER' || r === 'REVIEWER';
const translates: Rule = (r) => r === 'OWNER' || r === 'TRANSLATOR';

export const POLICIES = {
  'project.read': any,
  'project.update': owner,
  'project.manageMembers': owner,
  'document.create': owner,
  'document.read': any,
  'document.update': owner,
  'document.delete': owner,
  'segment.read': any,
  'segment.write': writesTargets,
  'segment.review': reviews,
  'segment.pretranslate': translates,
  'tm.read': any,
  'tm.write': owner,
  'term.read': any,
  'term.write': owner,
  'annotation.create': any,
  'annotation.reply': any,
  'annotation.resolve': any,
  // Reader notes (annotation kind "note"): translators and owners write them; reviewers and owners
  // approve a translator's note for publishing (an owner's note is approved as written).
  'note.write': translates,
  'note.approve': reviews,
  'edition.publish': owner,
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICIES;

export function can(role: Role | null | undefined, action: Action): boolean {
  return !!role && POLICIES[action](role);
}

export function authorize(role: Role | null | undefined, action: Action, what = 'Project'): asserts role is Role {
  if (!role) throw new AppError('not_found', `${what} not found.`).because(notFoundReason(what));
  if (!POLICIES[action](role)) {
    throw new AppError('forbidden', `Your role (${role.toLowerCase()}) in this project does not allow ${describe(action)}.`).because(
      'role_forbids',
      { role },
    );
  }
}

function describe(action: Action): string {
  const [noun, verb] = action.split('.');
  return `${verb} on ${noun}s`;
}
