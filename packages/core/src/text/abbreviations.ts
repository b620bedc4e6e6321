/**
 * Abbreviations that end in a full stop, per language, for the sentence segmenter: after them
 * `Intl.Segmenter` (plain UAX #29) wrongly breaks when an upper-case word follows.
 *
 * Where the lists come from: written by hand for Attaché from general knowledge of the standard
 * abbreviations of each language's official and news register. The references to check or
 * extend them against: for English the AP Stylebook (titles, abbreviations) and the Chicago
 * Manual of Style, ch. 10; for Russian ГОСТ Р 7.0.12–2011 (сокращение слов) and Розенталь,
 * «Справочник по правописанию и литературной правке»; for German the Duden list of
 * abbreviations; for French the «Lexique des règles typographiques en usage à l'Imprimerie
 * nationale»; for Spanish the RAE's «Diccionario panhispánico de dudas», appendix 2
 * (abreviaturas). The idea of such lists is that of Unicode CLDR's sentence-break suppressions
 * (UTS #35, "Segmentation Exceptions"); no entries were copied from CLDR.
 *
 * Entries are written with their dots; spaces inside an entry are optional in the text
 * ("т. е." also matches "т.е.", "z. B." also "z.B."). A variant with a capital first letter is
 * added automatically ("т. е." → "Т. е."), except for one-letter entries: "В." is an initial,
 * not "в." (век).
 *
 * Classes:
 * - `title`: never ends a sentence; what follows belongs to the same sentence (titles before a
 *   name "Mr.", "Dr.", "ул.", and connectives such as "e.g.", "i.e.", "z. B.", "т. е.").
 * - `abbr`: usually inside a sentence even before a capital ("U.S. Department", "Inc. said"); a
 *   break is kept only when the next word is a typical sentence opener (see `starters`).
 * - `lower`: ends a sentence unless a lower-case word, a digit or "№" follows ("etc.",
 *   "No. 5", "Jan. 6", "т. д.", "руб.").
 * - `afterNumber`: after a number it behaves as `lower`, but a sentence of at most two words
 *   before the abbreviation (a range such as "2010-2012" is one) is kept together unless a
 *   sentence opener follows ("В 2024 г. Россия …", "At 5 a.m. Mr. Smith …", but "1898 г. В
 *   1854 году …"); elsewhere it is a `title` ("г. Москва", "a.m. Eastern" does not occur).
 */

export interface LanguageAbbreviations {
  title: readonly string[];
  abbr: readonly string[];
  lower: readonly string[];
  afterNumber: readonly string[];
  /** Capitalised words that typically open a sentence (articles, pronouns, prepositions …). */
  starters: readonly string[];
}

// prettier-ignore
const en: LanguageAbbreviations = {
  title: [
    'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mmes.', 'Dr.', 'Drs.', 'Prof.', 'Rev.', 'Hon.', 'Sen.',
    'Sens.', 'Rep.', 'Reps.', 'Gov.', 'Govs.', 'Lt.', 'Gen.', 'Col.', 'Maj.', 'Capt.', 'Cmdr.',
    'Cdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Brig.', 'Supt.', 'Insp.', 'Amb.', 'Pres.', 'Atty.',
    'Sec.', 'Fr.', 'St.', 'Ste.', 'Mt.', 'Ft.', 'e.g.', 'i.e.', 'cf.', 'viz.', 'vs.', 'v.',
    'approx.', 'ca.', 'incl.', 'esp.',
  ],
  abbr: [
    'U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'D.C.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.',
    'Dept.', 'Univ.', 'Assn.', 'Intl.', 'Natl.', 'Govt.', 'Sr.', 'Jr.',
  ],
  lower: [
    'etc.', 'No.', 'Nos.', 'Vol.', 'vol.', 'p.', 'pp.', 'para.', 'paras.', 'ch.', 'fig.', 'art.',
    'sec.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.',
    'Dec.', 'est.', 'min.', 'max.', 'Ave.', 'Blvd.', 'Rd.', 'et al.', 'N°.', 'Nº.', '№.',
  ],
  afterNumber: [
    'a.m.', 'p.m.', 'A.M.', 'P.M.',
  ],
  starters: [
    'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'We', 'I', 'He', 'She', 'They',
    'You', 'Our', 'Your', 'His', 'Her', 'Their', 'My', 'There', 'Here', 'In', 'On', 'At', 'As',
    'For', 'By', 'From', 'To', 'Of', 'With', 'Without', 'But', 'And', 'Or', 'So', 'Yet', 'If',
    'When', 'While', 'After', 'Before', 'Since', 'Under', 'During', 'Today', 'Yesterday',
    'Tomorrow', 'However', 'Meanwhile', 'Also', 'Then', 'Now', 'What', 'How', 'Why', 'Who', 'Where',
    'Some', 'All', 'Many', 'Most', 'Both', 'Each', 'Every', 'Such', 'Although', 'Through',
    'Together', 'Additionally', 'Furthermore', 'Moreover', 'Finally', 'First', 'Second', 'Third',
  ],
};

// prettier-ignore
const ru: LanguageAbbreviations = {
  title: [
    'т. е.', 'т. н.', 'т. к.', 'т. ч.', 'и. о.', 'им.', 'ул.', 'просп.', 'пер.', 'пл.', 'наб.',
    'ш.', 'д.', 'корп.', 'кв.', 'обл.', 'пос.', 'дер.', 'с.', 'оз.', 'о.', 'см.', 'ср.', 'напр.',
    'акад.', 'проф.', 'доц.', 'тов.', 'св.', 'ген.', 'г-н.', 'соч.', 'англ.', 'лат.', 'пгт.',
    'мкр.', 'рп.',
  ],
  abbr: [],
  lower: [
    'т. д.', 'т. п.', 'др.', 'пр.', 'руб.', 'коп.', 'долл.', 'тыс.', 'млн.', 'млрд.', 'трлн.',
    'стр.', 'ст.', 'п.', 'пп.', 'ч.', 'гл.', 'рис.', 'табл.', 'в.', 'вв.', 'чел.', 'ед.', 'экз.',
    'мин.', 'сек.', 'прим.', 'ред.', 'изд.', 'янв.', 'февр.', 'авг.', 'сент.', 'окт.', 'нояб.',
    'дек.',
  ],
  afterNumber: [
    'г.', 'гг.',
  ],
  starters: [
    'В', 'Во', 'На', 'По', 'С', 'Со', 'К', 'Ко', 'У', 'О', 'Об', 'Из', 'За', 'Для', 'До', 'От',
    'При', 'После', 'Перед', 'Это', 'Эти', 'Этот', 'Эта', 'Он', 'Она', 'Оно', 'Они', 'Мы', 'Я',
    'Вы', 'Как', 'Так', 'Также', 'Кроме', 'Но', 'И', 'А', 'Однако', 'Там', 'Здесь', 'Тогда', 'Если',
    'Когда', 'Все', 'Всего', 'Сейчас', 'Сегодня', 'Вчера', 'Ранее', 'Затем', 'Далее', 'Среди',
    'Между', 'Согласно', 'Помимо', 'Вместе', 'Его', 'Ее', 'Её', 'Их', 'Наш', 'Не', 'Ни', 'Что',
    'Где', 'Почему', 'Какие', 'Есть', 'Был', 'Была', 'Было', 'Были',
  ],
};

// prettier-ignore
const de: LanguageAbbreviations = {
  title: [
    'z. B.', 'd. h.', 'u. a.', 'v. a.', 'u. U.', 'i. d. R.', 'z. T.', 'o. g.', 'Dr.', 'Prof.',
    'Hr.', 'Hrn.', 'Fr.', 'St.', 'bzw.', 'ca.', 'vgl.', 'sog.', 'inkl.', 'exkl.', 'evtl.', 'ggf.',
    'bspw.', 'gem.', 'lt.', 'insb.', 'Dipl.', 'Ing.', 'Abg.',
  ],
  abbr: [],
  lower: [
    'usw.', 'etc.', 'Nr.', 'Abs.', 'Art.', 'Str.', 'Mio.', 'Mrd.', 'Tsd.', 'Jh.', 'Jan.', 'Feb.',
    'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.', 'u. ä.', 'o. ä.', 'Bd.', 'Kap.', 'Tel.',
  ],
  afterNumber: [],
  starters: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Es', 'Er', 'Sie', 'Wir',
    'Ich', 'Ihr', 'Im', 'In', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach', 'Von', 'Vor', 'Zu',
    'Zum', 'Zur', 'Für', 'Um', 'Aber', 'Und', 'Oder', 'Doch', 'Dies', 'Diese', 'Dieser', 'Dieses',
    'Damit', 'Dabei', 'Daher', 'Heute', 'Auch', 'Wenn', 'Als', 'Da', 'So', 'Wie', 'Was', 'Man',
    'Nun', 'Dann', 'Zudem', 'Außerdem',
  ],
};

// prettier-ignore
const fr: LanguageAbbreviations = {
  title: [
    'M.', 'MM.', 'Mme.', 'Mlle.', 'Dr.', 'Pr.', 'p. ex.', 'cf.', 'c.-à-d.', 'av.', 'bd.', 'env.',
    'St.', 'Ste.', 'S. E.', 'S. M.',
  ],
  abbr: [],
  lower: [
    'etc.', 'p.', 'pp.', 'art.', 'chap.', 'vol.', 'no.', 'janv.', 'févr.', 'avr.', 'juill.',
    'sept.', 'oct.', 'nov.', 'déc.', 'éd.', 'min.', 'max.',
  ],
  afterNumber: [],
  starters: [
    'Le', 'La', 'Les', 'L', 'Un', 'Une', 'Des', 'Du', 'De', 'Il', 'Elle', 'Ils', 'Elles', 'Nous',
    'Je', 'Vous', 'On', 'Ce', 'Cet', 'Cette', 'Ces', 'En', 'Dans', 'Sur', 'Pour', 'Par', 'Avec',
    'Mais', 'Et', 'Ou', 'Si', 'Quand', 'Selon', 'Cependant', 'Ainsi', 'Aujourd', 'Depuis', 'Après',
    'Avant', 'Lors', 'Enfin', 'Puis',
  ],
};

// prettier-ignore
const es: LanguageAbbreviations = {
  title: [
    'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Sras.', 'Dr.', 'Dra.', 'Lic.', 'Ing.', 'Arq.', 'Prof.',
    'Profa.', 'D.', 'Dña.', 'Excmo.', 'Excma.', 'Ilmo.', 'Ilma.', 'p. ej.', 'aprox.', 'av.',
    'avda.', 'ej.', 'Sto.', 'Sta.',
  ],
  abbr: [
    'EE. UU.', 'S. A.', 'Cía.', 'Ud.', 'Uds.', 'Vd.', 'Vds.',
  ],
  lower: [
    'etc.', 'pág.', 'págs.', 'núm.', 'art.', 'cap.', 'vol.', 'ene.', 'feb.', 'abr.', 'ago.',
    'sept.', 'oct.', 'nov.', 'dic.',
  ],
  afterNumber: [],
  starters: [
    'El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Unos', 'Unas', 'Este', 'Esta', 'Estos', 'Estas',
    'Ese', 'Esa', 'En', 'Por', 'Para', 'Con', 'Sin', 'Sobre', 'Según', 'Desde', 'Se', 'Él', 'Ella',
    'Ellos', 'Ellas', 'Nosotros', 'Yo', 'No', 'Y', 'Pero', 'O', 'Si', 'Cuando', 'Hoy', 'Ayer',
    'Además', 'Así', 'También', 'Asimismo', 'Durante', 'Tras', 'Al', 'Del',
  ],
};

export const ABBREVIATIONS: Readonly<Record<string, LanguageAbbreviations>> = { en, ru, de, fr, es };

/** Abbreviation data for a language tag ("en", "en-GB", "eng", "rus" …), if there is any. */
export function abbreviationsFor(language: string): LanguageAbbreviations | undefined {
  return ABBREVIATIONS[primaryLanguage(language)];
}

const ISO639_3: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
};

/** "en-GB" → "en", "rus" → "ru"; anything else lower-cased. */
export function primaryLanguage(language: string): string {
  const primary = String(language ?? '')
    .split(/[-_]/)[0]!
    .toLowerCase();
  return ISO639_3[primary] ?? primary;
}
