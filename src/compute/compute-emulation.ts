import { membersOn } from '../domain/council.js';
import { NATIONAL_TITLES } from '../domain/title-rules.js';
import type { DataSet } from '../model/types.js';
import { proposeTitles, type YearBallots, type YearProposals } from './propose-titles.js';
import { scoreYear, type YearScores } from './score-units.js';

/** The emulation of a year: the blocks' rankings, and the titles and awards proposed under the rules in force. */
export interface YearEmulation {
  scores: YearScores;
  /** Undefined when no rule set of titles is in force on the year's last day. */
  proposals: YearProposals | undefined;
}

/**
 * Returns the emulation of a year, under the data's titles.yaml or else the national rules the tool ships;
 * undefined when the data has no units, scoring rules or units' figures for the year.
 */
export function computeEmulation(data: DataSet, year: number): YearEmulation | undefined {
  const scores = scoreYear(data, year);
  if (scores === undefined) return undefined;
  const figures = new Map(Object.entries(data.unitResults?.get(year)?.units ?? {}));
  return {
    scores,
    proposals: proposeTitles(scores, figures, data.titles ?? NATIONAL_TITLES, ballotsOf(data, year)),
  };
}

/** The council's meeting on the year, if the data has it: its members on the day (the base of a share), its ballots. */
function ballotsOf(data: DataSet, year: number): YearBallots | undefined {
  const meeting = data.council?.meetings.find((m) => m.year === year);
  if (data.council === undefined || meeting === undefined) return undefined;
  return { members: membersOn(data.council, meeting.date).length, ballots: meeting.ballots };
}
