/**
 * A legal citation as Vietnamese drafting writes it in running text: the smallest part first, then the article,
 * then the text ("khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP"). The rules keep their basis the other way round, text
 * first ("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7"), as tables and notes list them.
 */

const PARTS = /^(.+),\s*Điều (\d+)(?: khoản (\d+))?(?: điểm ([a-zđ](?:, [a-zđ])*))?$/u;

/** Returns "điểm b khoản 1 Điều 84 Luật ..." for "Luật ..., Điều 84 khoản 1 điểm b"; any other text as it is. */
export function citation(basis: string): string {
  const m = PARTS.exec(basis);
  if (m === null) return basis;
  const [, text, article, clause, points] = m;
  return [
    ...(points === undefined ? [] : [`điểm ${points}`]),
    ...(clause === undefined ? [] : [`khoản ${clause}`]),
    `Điều ${article}`,
    text,
  ].join(' ');
}
