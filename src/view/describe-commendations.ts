import { type CommendationCategory, commendationCategory, isFlag } from '../domain/commendation-forms.js';
import type { Commendation } from '../model/types.js';
import { formatWhole } from './format-number.js';
import { roman } from './roman.js';
import { lowerFirst, upperFirst } from './text-case.js';
import type { CommendationRow, CommendationsView } from './view-types.js';

const RECIPIENT_WORDS: Record<NonNullable<Commendation['recipient']>, string> = {
  agency: 'Sở',
  collective: 'tập thể',
  individual: 'cá nhân',
  collectives_and_individuals: 'tập thể, cá nhân',
};

const GROUP_TITLES: Record<CommendationCategory, string> = {
  title: 'Danh hiệu thi đua',
  award: 'Hình thức khen thưởng',
};

/** A commendation whose category the check could not tell is listed with the forms, as the safer reading. */
function categoryOf(c: Commendation): CommendationCategory {
  return commendationCategory(c) ?? 'award';
}

/**
 * Returns the commendations section's body: the sentences, titles before forms (each group under its own
 * heading when there are both), and the table counting them by title or form, by who conferred them and by
 * whom they went to. Bằng khen of the province and of the ministry stay two rows: the level is kept.
 */
export function describeCommendations(
  list: readonly Commendation[],
  /** The year, or the words of the report's span ("9 tháng đầu năm 2019"). */
  year: number | string,
): Omit<CommendationsView, 'number' | 'title'> {
  const categories = (['title', 'award'] as const).filter((k) => list.some((c) => categoryOf(c) === k));
  const grouped = categories.length > 1;
  const parts = categories.map((k, i) => ({
    number: grouped ? String(i + 1) : null,
    title: grouped ? GROUP_TITLES[k] : null,
    items: list.filter((c) => categoryOf(c) === k).map(commendationText),
  }));
  const rows: CommendationRow[] = [];
  categories.forEach((k, i) => {
    if (grouped)
      rows.push({
        isGroup: true,
        number: roman(i + 1),
        form: GROUP_TITLES[k],
        by: '',
        recipient: '',
        count: '',
      });
    rows.push(...tableRows(list.filter((c) => categoryOf(c) === k)));
  });
  // Stryker disable next-line ConditionalExpression: with both kinds the heading is the grouped one anyway
  const onlyTitles = categories.length === 1 && categories[0] === 'title';
  return {
    parts,
    table: {
      caption: `Bảng: Tổng hợp ${categories.includes('title') ? 'danh hiệu thi đua và khen thưởng' : 'khen thưởng'} ${typeof year === 'number' ? `năm ${year}` : year}`,
      formHeading: grouped
        ? 'Danh hiệu thi đua, hình thức khen thưởng'
        : GROUP_TITLES[onlyTitles ? 'title' : 'award'],
      rows,
    },
  };
}

/** Returns the rows of one group: one per title or form, conferrer and recipient, with the counts added up. */
function tableRows(list: readonly Commendation[]): CommendationRow[] {
  const groups = new Map<string, Commendation[]>();
  for (const c of list) {
    // Stryker disable next-line StringLiteral: a key only tells groups apart; any text for "none" does
    const key = JSON.stringify([c.form, c.by ?? '', c.recipient ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group, i) => {
    const first = group[0] as Commendation;
    const exact = group.every((c) => c.count !== undefined && c.count_text === undefined);
    const count = exact
      ? formatWhole(group.reduce((sum, c) => sum + (c.count ?? 0), 0))
      : group.map((c) => c.count_text ?? (c.count !== undefined ? formatWhole(c.count) : '')).join(' + ');
    return {
      isGroup: false,
      number: String(i + 1),
      form: first.form,
      by: first.by ?? '',
      recipient: first.recipient ? upperFirst(RECIPIENT_WORDS[first.recipient]) : '',
      count,
    };
  });
}

/**
 * Returns one commendation as a line of the report. A form is given ("Bộ ... tặng Bằng khen cho Sở"), a title
 * is recognised ("18 cá nhân được Giám đốc Sở công nhận danh hiệu Chiến sĩ thi đua cơ sở"), a flag is given.
 */
function commendationText(c: Commendation): string {
  const count = c.count_text ?? (c.count !== undefined ? formatWhole(c.count) : '');
  const reason = c.reason ? ` (${lowerFirst(c.reason)})` : '';
  const by = c.by ? `${c.by} ` : '';
  let award: string;
  // A title named "Danh hiệu ..." in the data is not written "danh hiệu Danh hiệu ...".
  if (categoryOf(c) === 'title' && !isFlag(c.form))
    award = `công nhận danh hiệu ${c.form.replace(/^danh hiệu\s+/iu, '')}`;
  // "Khen thưởng" names no particular form: the sentence then says "được ... khen thưởng".
  else if (/^khen thưởng$/iu.test(c.form)) award = 'khen thưởng';
  else award = `tặng ${c.form}`;
  if (c.recipient === 'agency') {
    return award.startsWith('tặng')
      ? upperFirst(`${by}${award} cho Sở${reason}.`)
      : upperFirst(`Sở được ${by}${award}${reason}.`);
  }
  if (c.recipient === undefined) return upperFirst(`${by}${award}${count ? ` (${count})` : ''}${reason}.`);
  const who = [count, RECIPIENT_WORDS[c.recipient]].filter(Boolean).join(' ');
  return upperFirst(`${who} được ${by}${award}${reason}.`);
}
