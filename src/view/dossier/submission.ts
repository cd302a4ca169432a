/**
 * The tờ trình to the provincial chairman for the titles and awards the province gives, with its list.
 */
import { listed } from '../../messages/facts.js';
import type { Block, DocumentTree } from '../document.js';
import { upperFirst } from '../text-case.js';
import { counted, type Dossier, howMany, para, titlePhrase } from './dossier.js';

/** The tờ trình to the provincial chairman, for the titles and awards the province gives; undefined for none. */
export function submission(d: Dossier): DocumentTree | undefined {
  const province = d.proposed('province');
  if (province.length === 0) return undefined;
  const date = d.context.documentDate;
  const committee = d.provincialCommittee();
  const what = listed(
    province.map((p) => titlePhrase(p.title)),
    'và',
  );
  const subject = `Về việc đề nghị tặng ${what} năm ${d.year}`;
  const count = listed(counted(province), 'và');
  const blocks: Block[] = [
    { type: 'paragraph', role: 'centred', text: `Kính gửi: Chủ tịch ${committee}.`, markup: 'plain' },
    ...d.grounds().map((line) => para(line)),
    para(`${d.agencyName} kính đề nghị Chủ tịch ${committee} xem xét, tặng:`),
    {
      type: 'list',
      items: province.map((p, i) => ({
        text: `${upperFirst(titlePhrase(p.title))} cho ${howMany(p)}${i === province.length - 1 ? '.' : ';'}`,
        depth: 0,
      })),
      nested: false,
      markup: 'plain',
    },
    para(`(Có danh sách ${count} và hồ sơ kèm theo.)`),
    {
      type: 'signature',
      closing: `Kính trình Chủ tịch ${committee} xem xét, quyết định./.`,
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- Như trên;', `- Lưu: ${d.context.agency.archive}.`],
      signer: d.signer(),
    },
  ];
  return d.document(
    'submission',
    'TỜ TRÌNH',
    subject,
    [
      { kind: 'body', orientation: 'portrait', blocks },
      d.list(
        'province',
        'DANH SÁCH',
        `${province.some((p) => p.people.length > 0) ? 'Tập thể, cá nhân' : 'Tập thể'} đề nghị tặng ${what} năm\u00a0${d.year}`,
        `(Kèm theo Tờ trình ${d.attached('submission', date)} của ${d.agencyName})`,
      ),
    ],
    date,
  );
}
