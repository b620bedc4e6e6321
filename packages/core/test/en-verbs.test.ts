/**
 * English verb forms (src/morph/en-verbs.ts), shared by the lint rules and the audience adapters:
 * the irregular table, the -s/-ed/-ing spelling rules, the reverse rules, and the cases that
 * came from core's lint/morph.ts and audiences' lang/en-verbs.ts before they were merged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  baseOfIng,
  baseOfThird,
  englishForms,
  inflectPhrase,
  inflectVerb,
  ingForm,
  IRREGULAR_PASTS,
  looksLikeParticiple,
  participleForm,
  pastForm,
  pastParticipleToPast,
  thirdPerson,
  verbForms,
} from '../src/index.js';

describe('verbForms', () => {
  it('regular verbs: -s, -ed, -ing by the spelling rules', () => {
    expect(verbForms('welcome')).toEqual({
      base: 'welcome',
      s: 'welcomes',
      past: 'welcomed',
      pp: 'welcomed',
      ing: 'welcoming',
    });
    expect(verbForms('carry')).toMatchObject({ s: 'carries', past: 'carried', ing: 'carrying' });
    expect(verbForms('play')).toMatchObject({ s: 'plays', past: 'played' });
    expect(verbForms('stop')).toMatchObject({ past: 'stopped', ing: 'stopping' });
    expect(verbForms('address')).toMatchObject({ s: 'addresses', past: 'addressed' });
    expect(verbForms('die')).toMatchObject({ ing: 'dying', past: 'died' });
    expect(verbForms('continue')).toMatchObject({ ing: 'continuing' });
    expect(verbForms('see')).toMatchObject({ ing: 'seeing', past: 'saw', pp: 'seen' });
    expect(verbForms('be')).toMatchObject({ s: 'is', ing: 'being', past: 'was', pp: 'been' });
    expect(verbForms('have')).toMatchObject({ s: 'has', past: 'had' });
  });
  it('-s after a consonant + o is -es (the audiences knew only do and go)', () => {
    for (const [b, s] of [
      ['go', 'goes'],
      ['do', 'does'],
      ['undergo', 'undergoes'],
      ['veto', 'vetoes'],
      ['echo', 'echoes'],
    ])
      expect(thirdPerson(b!), b).toBe(s);
  });
  it('final-stress verbs double their consonant (the two old lists united)', () => {
    for (const b of ['admit', 'begin', 'forbid', 'infer', 'embed', 'acquit', 'dispel', 'outstrip', 'rebut', 'upset'])
      expect(ingForm(b), b).toBe(b + b.at(-1) + 'ing');
    expect(pastForm('infer')).toBe('inferred');
    expect(pastForm('rebut')).toBe('rebutted');
    expect(pastForm('transmit')).toBe('transmitted');
    // Unstressed last syllable: no doubling.
    expect(pastForm('visit')).toBe('visited');
    expect(ingForm('open')).toBe('opening');
  });
  it('irregular verbs of both old tables', () => {
    const cases: [string, string, string][] = [
      // core's only
      ['arise', 'arose', 'arisen'],
      ['bear', 'bore', 'borne'],
      ['bind', 'bound', 'bound'],
      ['drive', 'drove', 'driven'],
      ['fight', 'fought', 'fought'],
      ['forget', 'forgot', 'forgotten'],
      ['oversee', 'oversaw', 'overseen'],
      ['throw', 'threw', 'thrown'],
      ['undergo', 'underwent', 'undergone'],
      ['withhold', 'withheld', 'withheld'],
      // audiences' only
      ['broadcast', 'broadcast', 'broadcast'],
      ['shed', 'shed', 'shed'],
      // both
      ['take', 'took', 'taken'],
      ['begin', 'began', 'begun'],
      ['withdraw', 'withdrew', 'withdrawn'],
      ['get', 'got', 'got'],
      // added on merging
      ['upset', 'upset', 'upset'],
    ];
    for (const [b, past, pp] of cases) {
      expect(pastForm(b), b).toBe(past);
      expect(participleForm(b), b).toBe(pp);
    }
  });
  it('every irregular participle is one the passive-voice list knows (or one it leaves out on purpose)', () => {
    const data = JSON.parse(
      readFileSync(new URL('../src/lint/data/en/passive-voice.json', import.meta.url), 'utf8'),
    ) as { entries: { pattern: string }[] };
    const listed = new Set(data.entries.map((e) => e.pattern));
    // Participles equal to a base or an adjective the passive rule does not report on its own.
    const notListed = new Set(['been', 'become', 'bound', 'come', 'got', 'gone', 'had', 'lost', 'set', 'upset']);
    const missing = IRREGULAR_BASES.map(participleForm).filter((pp) => !notListed.has(pp) && !listed.has(pp));
    expect(missing).toEqual([]);
  });
});

/** The bases of the irregular table. */
const IRREGULAR_BASES =
  'arise be bear become begin bind break bring broadcast build buy catch choose come cut deal do draw drive eat fall feel fight find forbid forecast foresee forget freeze get give go grow have hear hide hit hold keep know lay lead leave lend let lose make mean meet mislead oversee overtake pay put read rise run say see seek sell send set shake shed show shut sit speak spend spread stand steal strike swear take teach tear tell think throw undergo understand undertake uphold upset wear win withdraw withhold write'.split(
    ' ',
  );

describe('englishForms and inflectVerb (the lint rules’ inflected patterns)', () => {
  it('tags each form; a past equal to the participle is `ed`', () => {
    expect([...englishForms('utilize')]).toEqual([
      ['utilize', 'base'],
      ['utilizes', 's'],
      ['utilized', 'ed'],
      ['utilizing', 'ing'],
    ]);
    expect(englishForms('take').get('took')).toBe('past');
    expect(englishForms('take').get('taken')).toBe('pp');
    expect(englishForms('make').get('made')).toBe('ed');
    expect(englishForms('broadcast').get('broadcast')).toBe('base');
  });
  it('British doubled -l beside the American single l', () => {
    const f = englishForms('cancel');
    expect(f.get('canceled')).toBe('ed');
    expect(f.get('cancelled')).toBe('ed');
    expect(f.get('cancelling')).toBe('ing');
  });
  it('inflects a replacement to the tag; `ed` is ambiguous for began / begun', () => {
    expect(inflectVerb('use', 'ed')).toBe('used');
    expect(inflectVerb('begin', 'ed')).toBeNull();
    expect(inflectVerb('begin', 'ing')).toBe('beginning');
    expect(inflectVerb('start', 's')).toBe('starts');
    expect(inflectVerb('try', 'past')).toBe('tried');
  });
  it('a lint suggestion inflects "begin" right ("commencing" → "starting", "beginning")', () => {
    const text = 'We are commencing the talks.';
    const f = analyze(text, { language: 'en' }).findings.find((x) => x.ruleId === 'plain-words');
    expect(f?.suggestions).toEqual(['starting', 'beginning']);
  });
  it('an -ed form before "by" is a participle ("illustrated by" → "shown by", not "showed by")', () => {
    // (State Department pool, heldout18-en: "ties, illustrated by the millions of …")
    const at = (text: string): string[] | undefined =>
      analyze(text, { language: 'en' }).findings.find((x) => x.actual === 'illustrated')?.suggestions;
    expect(at('Our ties are deep, illustrated by the millions of Americans of Italian ancestry.')).toEqual(['shown']);
    expect(at('The report illustrated the risks clearly.')).toEqual(['showed']);
  });
});

describe('inflectPhrase', () => {
  it('inflects the first word of a multi-word replacement', () => {
    expect(inflectPhrase('carry out', 'past')).toBe('carried out');
    expect(inflectPhrase('set up', 's')).toBe('sets up');
    expect(inflectPhrase('take part in', 'pp')).toBe('taken part in');
  });
});

describe('baseOfThird', () => {
  it('the we/they form of a third-person verb', () => {
    const cases: [string, string][] = [
      ['welcomes', 'welcome'],
      ['carries', 'carry'],
      ['watches', 'watch'],
      ['addresses', 'address'],
      ['is', 'are'],
      ['has', 'have'],
      ['does', 'do'],
      ['goes', 'go'],
      // a base in "-ze" takes an "s" only (heldout27-en: "This Administration emphasizes" → "We emphasiz")
      ['emphasizes', 'emphasize'],
      ['recognizes', 'recognize'],
      ['buzzes', 'buzz'],
      ['fixes', 'fix'],
      ['undergoes', 'undergo'],
      ['vetoes', 'veto'],
      ['tiptoes', 'tiptoe'],
      ['focuses', 'focus'],
    ];
    for (const [w, b] of cases) expect(baseOfThird(w), w).toBe(b);
  });
  it('no answer for words that are not an -s form', () => {
    for (const w of ['process', 'focus', 'us', 'welcome']) expect(baseOfThird(w), w).toBeUndefined();
  });
});

describe('baseOfIng', () => {
  it('gives the base form when the spelling tells it', () => {
    const cases: [string, string][] = [
      ['returning', 'return'],
      ['hearing', 'hear'],
      ['continuing', 'continue'],
      ['stopping', 'stop'],
      ['preparing', 'prepare'],
      ['ensuring', 'ensure'],
      ['improving', 'improve'],
      ['producing', 'produce'],
      ['changing', 'change'],
      ['bringing', 'bring'],
      ['strengthening', 'strengthen'],
      ['meeting', 'meet'],
      ['addressing', 'address'],
      ['making', 'make'],
      ['writing', 'write'],
      ['saying', 'say'],
      ['dying', 'die'],
      ['going', 'go'],
      ['agreeing', 'agree'],
      ['planning', 'plan'],
      ['engaging', 'engage'],
      ['negotiating', 'negotiate'],
      // Verbs of the merged table the spelling alone left open.
      ['eating', 'eat'],
      ['arising', 'arise'],
      ['overseeing', 'oversee'],
      ['undergoing', 'undergo'],
    ];
    for (const [ing, base] of cases) {
      expect(baseOfIng(ing), ing).toBe(base);
      // And back: the base form's -ing form is the word we started from.
      expect(verbForms(base).ing, base).toBe(ing);
    }
  });
  it('does not guess where a dropped "e" cannot be told ("hoping": hop or hope?)', () => {
    for (const w of ['hoping', 'creating', 'visiting', 'uniting', 'developing', 'promoting', 'using', 'thing', 'king'])
      expect(baseOfIng(w), w).toBeUndefined();
  });
});

describe('participles', () => {
  it('pastParticipleToPast: irregular by the table, -ed as it is', () => {
    expect(pastParticipleToPast('taken')).toBe('took');
    expect(pastParticipleToPast('Driven')).toBe('drove');
    expect(pastParticipleToPast('withheld')).toBe('withheld');
    expect(pastParticipleToPast('signed')).toBe('signed');
    expect(pastParticipleToPast('been')).toBeUndefined();
    expect(pastParticipleToPast('table')).toBeUndefined();
  });
  it('looksLikeParticiple: -ed words and the table’s participles', () => {
    for (const w of ['signed', 'taken', 'been', 'thrown', 'undergone', 'set'])
      expect(looksLikeParticiple(w), w).toBe(true);
    for (const w of ['table', 'took', 'red']) expect(looksLikeParticiple(w), w).toBe(false);
  });
  it('IRREGULAR_PASTS: simple pasts unlike the base, not those of be/have/do', () => {
    for (const w of ['met', 'took', 'said', 'threw', 'underwent']) expect(IRREGULAR_PASTS.has(w), w).toBe(true);
    for (const w of ['set', 'cut', 'was', 'had', 'did', 'broadcast']) expect(IRREGULAR_PASTS.has(w), w).toBe(false);
  });
});
