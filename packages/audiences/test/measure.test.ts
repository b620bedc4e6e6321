/**
 * A version's figures are taken on what its reader reads: a notice's section labels, "Read more:"
 * and its link, hashtags and a bare phone number are no sentences. Counted as sentences of one to
 * three words they lowered the average sentence length and the grade of every version that had
 * them (a notice of three sentences of 11, 17 and 6 words averaged 6.1 with its four furniture
 * lines, 11.3 without).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@attache/core';
import { compose, readerProse as exported } from '../src/index.js';
import { measure, readerProse, type AsWritten } from '../src/compose/measure.js';
import { keptAsWritten, verbatimSpans } from '../src/compose/as-written.js';
import { nameBeforeBracket } from '../src/compose/lines.js';
import { rewriteKinds } from '../src/compose/edit.js';
import { foreign } from '../src/foreign.js';

const notice = [
  'News:',
  'The council will close the bridge on Monday for repairs. Buses will run every hour from the square.',
  '',
  'Who to call:',
  '0800 123 456',
  '',
  'Read more: https://example.org/news/bridge-repairs-2026',
].join('\n');

describe('readerProse', () => {
  it('keeps the sentences and drops labels, links, hashtags and lines without words', () => {
    expect(readerProse(notice)).toBe(
      'The council will close the bridge on Monday for repairs. Buses will run every hour from the square.',
    );
    expect(readerProse('We fixed the road. #roads #safety\n\nRead more: https://example.org/x')).toBe(
      'We fixed the road.',
    );
    expect(readerProse('Что происходит:\nМост закроют в понедельник.\n\nПодробнее: https://example.org/x')).toBe(
      'Мост закроют в понедельник.',
    );
  });

  it('the README example (packages/audiences/README.md, “A version’s figures”) does what it says', () => {
    const edited = 'News:\nThe bridge closes on Monday. Buses run every hour.\n\nRead more: https://example.org/bridge';
    expect(exported(edited)).toBe('The bridge closes on Monday. Buses run every hour.');
    expect(analyze(exported(edited)).sentences.length).toBe(2);
  });

  it('keeps a label word inside a sentence and a contact with words', () => {
    const text = 'News: the bridge closes on Monday.\n\nCall the council office on 0800 123 456.';
    expect(readerProse(text)).toBe(text);
  });

  it('the figures of a notice are those of its sentences alone', () => {
    const avg = (t: string): number | undefined =>
      measure('rural', t, 'en').find((f) => f.id === 'averageSentenceWords')?.value;
    expect(avg(notice)).toBe(avg(readerProse(notice)));
    expect(avg(notice)).toBe(9); // 10 and 8 words; the four furniture lines would have made it 4.7
  });

  it('compose reports the figures of the reader’s prose', async () => {
    const release =
      'The Department of Transport will close the Westgate bridge on 4 May 2026 for six weeks of repairs. ' +
      'Drivers should use the ring road. Buses will run every fifteen minutes from the station.';
    const v = await compose(release, {
      audience: 'rural',
      channel: 'notice',
      brief: { contact: '0800 123 456', link: 'https://example.org/westgate' },
    });
    expect(v.text).toContain('0800 123 456');
    expect(v.targets).toEqual(measure('rural', readerProse(v.text), 'en'));
  });
});

describe('acronyms a foreign reader needs spelled out', () => {
  const left = (text: string) => measure('foreign', text, 'en').find((t) => t.id === 'acronymsSpelledOut')!.value;

  it('“Washington, D.C.” is a city’s name (pool item: Deputy Secretary Sherman’s meeting with Marta Morgan)', () => {
    expect(
      left(
        'Deputy Secretary of State Wendy Sherman met Canadian Deputy Foreign Minister Marta Morgan in Washington, D.C. today.',
      ),
    ).toBe(0);
  });

  it('an acronym the text never spells out still counts', () => {
    expect(left('We support the May 24 joint statement of ECOWAS and the African Union.')).toBe(1);
    expect(left('We support the Economic Community of West African States (ECOWAS) and the African Union.')).toBe(0);
  });
});

describe('foreign hard rules: what a version need not spell out, and what it cannot change', () => {
  const left = (text: string, asWritten?: AsWritten) =>
    measure('foreign', text, 'en', asWritten).find((t) => t.id === 'acronymsSpelledOut')!.value;
  const idioms = (text: string, asWritten?: AsWritten) =>
    measure('foreign', text, 'en', asWritten).find((t) => t.id === 'idioms')!.value;
  const kept = (release: string): AsWritten =>
    keptAsWritten(release, verbatimSpans(analyze(release, { language: 'en', lint: false }), release));

  it('a word of the language in capitals is a name, unless long-forms.json knows it as an acronym', () => {
    // GOV.UK, the FRANK drugs campaign (2015); State Dept pool, the Americas health mechanisms (2022)
    expect(left('The three adverts are designed to point young people to FRANK for the facts about drugs.')).toBe(0);
    expect(left('The Department of Commerce announces the annual forum Americas RISE for Health.')).toBe(0);
    expect(left('The WHO said the outbreak is over.')).toBe(1);
    // three capitals that spell a word of the lexicon are an abbreviation (State Dept pool)
    expect(left('The company’s CEO met VIP guests.')).toBe(2);
  });

  it('a ship’s prefix before its name, “USA” and “NGOs” need no spelling out', () => {
    // State Dept pool: the Japan–U.S. Extended Deterrence Dialogue; Assistant Secretary Noyes's travel
    expect(left('The delegations visited the Ohio-class submarine USS Maryland.')).toBe(0);
    expect(left('She will meet humanitarian international organizations, NGOs, and other donor governments.')).toBe(0);
    expect(left('“We look forward to the fifth dialogue session between Kuwait and USA.”')).toBe(0);
  });

  it('a title of address before a name and a legal citation are written as protocol and the law write them', () => {
    // State Dept pool: the Secretary General of the OIC; a consent agreement under the AECA and ITAR
    expect(
      left(
        'The Secretary met the Secretary General of the Organization of Islamic Cooperation (OIC), H.E. Hissein Brahim Taha.',
      ),
    ).toBe(0);
    expect(
      left(
        'It violated the Arms Export Control Act (AECA), 22 U.S.C. § 2751 et seq., and the International Traffic in Arms Regulations (ITAR), 22 C.F.R. Parts 120-130.',
      ),
    ).toBe(0);
    // the same letters outside a citation still count
    expect(left('The U.S.C. is long.')).toBe(1);
  });

  it('counts no idiom or acronym inside words the version quotes as the release wrote them', () => {
    // en.kremlin.ru, the President's message to an oncology congress: the quotation runs on past the
    // sentence the version keeps, so the version's line opens a quotation it does not close
    const release =
      'The President sent a message of greetings. The message reads, in part: "For more than 25 years, your Association has been carrying out multifaceted work to promote research cooperation. Your congresses play a huge role in this."';
    const version =
      'The message reads, in part: "For more than 25 years, your Association has been carrying out multifaceted work to promote research cooperation.';
    expect(idioms(version)).toBe(1);
    expect(idioms(version, kept(release))).toBe(0);
    // the same words as the release's own (unquoted) sentence: the version could change them
    const own =
      'For more than 25 years, the Association has been carrying out multifaceted work to promote research cooperation.';
    expect(idioms(own, kept(own))).toBe(1);
    // an acronym every use of which is quoted cannot be spelled out in place
    const briefing =
      'Senior Administration Official: “I appreciate the opportunity to speak with you today about USAID’s humanitarian response to the crisis.”';
    expect(left(briefing)).toBe(1);
    expect(left(briefing, kept(briefing))).toBe(0);
  });

  it('compose spells out a use outside the quotation and notes the idiom kept inside it', () => {
    const release =
      'Officials from USAID said in a statement: "USAID will keep working in the face of great difficulties to deliver aid to the people of the region."';
    const v = compose(release, { audience: 'foreign', channel: 'plain' });
    expect(v.text).toContain('Officials from the United States Agency for International Development (USAID) said');
    expect(v.text).toContain('in the face of great difficulties');
    expect(v.targets.filter((t) => t.id === 'idioms' || t.id === 'acronymsSpelledOut').every((t) => t.met)).toBe(true);
    expect(v.translatorNotes).toContain(
      '“in the face of” is an idiom in words the version quotes as said or agreed, which it may not change: translate its meaning (“when facing”), not its words.',
    );
    expect(v.glossary?.find((g) => g.term === 'USAID')?.definition).toBe(
      'the United States Agency for International Development',
    );
    expect(v.verification.ok).toBe(true);
  });
});

describe('translator notes', () => {
  it('name no idiom of the release that the version rewrote (State Dept pool, executions in Burma, 2022)', () => {
    const v = compose(
      'The United States calls on the regime to release all political prisoners immediately. We will continue to stand with the people of Burma in their pursuit of freedom.',
      { audience: 'foreign', channel: 'plain' },
    );
    expect(v.text).not.toContain('calls on');
    expect(v.text).not.toContain('stand with');
    expect(v.translatorNotes).toEqual([]);
  });
});

describe('the release’s own “Name (ACR)” whose initials skip a word', () => {
  it('reads the name before the bracket (State Dept pool, the Americas health mechanisms, 2022)', () => {
    const text =
      'It will address other areas of need. Economy and Health Dialogue of the Americas (EHA), convened by the Department.';
    expect(nameBeforeBracket(text, text.indexOf('('), 'EHA')).toBe('Economy and Health Dialogue of the Americas');
  });
  it('reads none when the words before the bracket are not its name', () => {
    const text = 'Secretary Blinken met Foreign Minister Wang (PRC) in Bali.';
    expect(nameBeforeBracket(text, text.indexOf('('), 'PRC')).toBeUndefined();
  });
});

describe('phrasal verbs a foreign reader misreads', () => {
  it('“crack down on” → “act against”, in every form (White House, FCC all-in pricing rule, 2023)', () => {
    expect(
      rewriteKinds('This is the latest action taken by my Administration to crack down on junk fees.', foreign, [
        'idiom',
        'phrasal-verb',
      ]),
    ).toBe('This is the latest action taken by my Administration to act against junk fees.');
    expect(
      rewriteKinds('The regulator cracked down on hidden fees last year.', foreign, ['idiom', 'phrasal-verb']),
    ).toBe('The regulator acted against hidden fees last year.');
  });
});
