/** The emulation council's membership over time: who sat on it on a day. */
import type { Council, CouncilMember } from '../model/emulation.js';

/** True when the member sat on the council on `day` (YYYY-MM-DD): from its first day to its last, both included. */
export function inOffice(member: Pick<CouncilMember, 'from' | 'until'>, day: string): boolean {
  return (
    (member.from === undefined || member.from <= day) && (member.until === undefined || day <= member.until)
  );
}

/** The council's members on `day`: the base a ballot's share is taken of (all of them, present or not). */
export function membersOn(council: Pick<Council, 'members'>, day: string): CouncilMember[] {
  return council.members.filter((m) => inOffice(m, day));
}
