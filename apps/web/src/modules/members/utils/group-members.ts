import type { Member } from '@interlinea/shared';

/** One person of a project with every role they hold there. */
export interface PersonRoles {
  userId: string;
  displayName: string;
  email: string;
  roles: Member[];
}

const ROLE_ORDER = ['manager', 'publisher', 'reviewer', 'translator'];

/** Memberships grouped by person, in the order people first appear; roles ordered manager → translator, then by language. */
export function groupMembers(members: Member[]): PersonRoles[] {
  const people = new Map<string, PersonRoles>();
  for (const member of members) {
    const person = people.get(member.userId) ?? { userId: member.userId, displayName: member.displayName, email: member.email, roles: [] };
    person.roles.push(member);
    people.set(member.userId, person);
  }
  for (const person of people.values()) {
    person.roles.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.language ?? '').localeCompare(b.language ?? ''));
  }
  return [...people.values()];
}
