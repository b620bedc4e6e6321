/**
 * Word lists behind the formality signals, per language. Written for this project; each list
 * names the work it follows. A phrase is matched on lower-cased words; a word ending in `*`
 * matches any word that starts with what precedes the star (Russian and German inflection).
 *
 * Sources
 * - [PLAIN] Federal Plain Language Guidelines (plainlanguage.gov, 2011), "Use simple words and
 *   phrases": the formal words and phrases it tells writers to replace (e.g. "pursuant to",
 *   "in accordance with", "commence", "facilitate", "hereby", "aforementioned", "prior to").
 * - [GOVUK] GOV.UK style guide, "Words to avoid" (e.g. "going forward", "leverage", "robust",
 *   "facilitate", "deliver", "foster", "streamline").
 * - [BIBER] Biber (1988), Variation across Speech and Writing, dimension 1 ("involved vs
 *   informational production"): conjuncts of written prose (however, therefore, thus …) on the
 *   formal side; discourse particles (well, anyway), hedges (kind of, sort of, maybe),
 *   emphatics and amplifiers (really, so, totally, just), private verbs and contractions on the
 *   involved, informal side.
 * - [NET] Netspeak abbreviations and spellings described in Crystal (2006), Language and the
 *   Internet (lol, omg, btw, u, ur, gonna, wanna …).
 * - [CHUK] Чуковский К. И. (1962) «Живой как жизнь», глава «Канцелярит»; [GAL] Нора Галь (1972)
 *   «Слово живое и мёртвое»; [ILY] Ильяхов М., Сарычева Л. (2016) «Пиши, сокращай», стоп-слова
 *   (канцелярит, отглагольные существительные, «осуществлять», «являться», «в рамках» …).
 * - [DUDEN] Duden, «Amtsdeutsch» / Papierdeutsch: präpositionale Fügungen der Verwaltungssprache
 *   (gemäß, bezüglich, hinsichtlich, seitens, im Rahmen, aufgrund …).
 * - [FR]/[ES] the formal connectives and administrative phrases of French and Spanish style
 *   guides (« conformément à », « en vertu de », « ci-dessus » ; «conforme a», «en virtud de»,
 *   «cabe señalar», «dicho/a»), and the commonest chat slang of each language.
 */
import type { LanguageCode } from '../schema.js';

export interface LanguageMarkers {
  firstSingular: readonly string[];
  firstPlural: readonly string[];
  second: readonly string[];
  third: readonly string[];
  /** Sentence-initial conjunctions that mark spoken, informal style ("And", "But", "So"). */
  conjunctionStart: readonly string[];
  /** Nouns naming institutions: a sentence whose subject is one is institutional prose. */
  institutions: readonly string[];
  formal: readonly string[];
  informal: readonly string[];
  /** Nominalisation suffixes (whole-word regexp, lower case). */
  nominal: RegExp;
  /** Minimum word length for a nominalisation match. */
  nominalMinLength: number;
  /** Participles (passive or attributive) or passive constructions, word-level regexp. */
  participle: RegExp | null;
  /** Forms of "to be" that make a passive with a following participle. */
  passiveAux: readonly string[];
  /** Word-level regexp for contractions and clitics ("don't", "gibt's"). */
  contraction: RegExp | null;
}

const w = (s: string): string[] => s.trim().split(/\s+/);
const p = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

const EN: LanguageMarkers = {
  firstSingular: w('i me my mine myself im ive id'),
  firstPlural: w('we us our ours ourselves'),
  second: w('you your yours yourself yourselves u ur ya yall youre'),
  third: w('he him his himself she her hers herself it its itself they them their theirs themselves'),
  conjunctionStart: w('and but so or plus because cause'),
  institutions: w(
    'government ministry department secretary minister president council committee commission agency office ' +
      'administration parliament congress embassy authority authorities court board bureau union state states nation nations ' +
      'organization organisation company corporation',
  ),
  // [PLAIN] [GOVUK] [BIBER conjuncts]
  formal: p(
    'hereby|herein|hereof|hereto|thereof|therein|thereby|whereby|whereas|pursuant to|in accordance with|' +
      'aforementioned|aforesaid|notwithstanding|in the event that|in the event of|with respect to|with regard to|' +
      'in respect of|in relation to|regarding|in order to|prior to|subsequent to|subsequently|accordingly|consequently|' +
      'furthermore|moreover|therefore|thus|hence|nevertheless|nonetheless|however|respectively|namely|inter alia|' +
      'commence|commenced|facilitate|facilitates|facilitated|utilize|utilise|utilization|endeavor|endeavour|' +
      'in addition|additionally|shall|ensure|ensuring|implement|implementation|pertaining|appropriate|' +
      'on behalf of|in light of|in view of|with a view to|in conjunction with|in furtherance of|reaffirm|reaffirms|' +
      'reiterate|reiterates|underscore|underscores|bilateral|multilateral|stakeholders|going forward|leverage|robust|' +
      'foster|streamline|deliver on|commitment to|sincerely|kindly|whom|thereafter|henceforth|forthwith|wherein',
  ),
  // [BIBER] discourse particles, hedges, amplifiers; [NET] netspeak and colloquial spellings
  informal: p(
    'lol|lmao|lmfao|rofl|omg|omfg|wtf|btw|imo|imho|idk|tbh|fyi|brb|thx|pls|plz|gonna|wanna|gotta|kinda|sorta|' +
      'outta|lotta|dunno|gimme|lemme|ya|yeah|yea|yep|yup|nope|nah|hey|hi|hiya|ok|okay|cool|awesome|stuff|guy|guys|' +
      'dude|buddy|folks|kid|kids|crap|damn|hell|sucks|suck|stupid|dumb|weird|cute|totally|super|really|pretty much|' +
      'kind of|sort of|a lot|lots of|anyway|anyways|basically|actually|literally|like i said|you know|i mean|i guess|' +
      "i think|i bet|no way|oh|ah|wow|haha|hahaha|hehe|hmm|ugh|oops|yay|whatever|ain't|aint|y'all|cuz|coz|cos|" +
      'tho|thru|nite|luv|ur|u|r|bro|sis|mom|mum|dad|gotcha|yo|nuts|freakin|freaking|bloody|heck|yummy|fun|funny|' +
      'just|maybe|so much|thanks|thank you|good luck',
  ),
  nominal: /(?:tions?|sions?|ments?|ances?|ences?|ities|ity|ness(?:es)?|isms?|ships?)$/,
  nominalMinLength: 7,
  participle:
    /^(?:[a-z]{3,}(?:ed|en)|done|made|given|taken|known|seen|held|built|sent|paid|brought|led|set|put|told|found|left|kept|met|won|shown|thought|bought|caught|taught|sold|spent|written|chosen|hit|cut|read|run|begun|drawn|driven|grown|thrown|understood|signed|chosen|struck|sought|laid|lost|meant|heard)$/,
  passiveAux: w('am is are was were be been being get gets got gotten'),
  contraction:
    /(?:n['’]t|['’](?:s|re|m|ve|ll|d))$|^(?:dont|cant|wont|didnt|doesnt|isnt|arent|wasnt|werent|im|ive|youre|theyre|thats|whats|hes|shes|its|couldnt|wouldnt|shouldnt|havent|hasnt|ill|lets)$/i,
};

const RU: LanguageMarkers = {
  firstSingular: w('я меня мне мной мною мой моя моё мое мою мои моего моей моему моим моими моих моём моем'),
  firstPlural: w('мы нас нам нами наш наша наше нашу наши нашего нашей нашему нашим нашими наших нашем'),
  second: w(
    'ты тебя тебе тобой тобою твой твоя твоё твое твою твои твоего твоей твоему твоим твоими твоих твоём твоем ' +
      'вы вас вам вами ваш ваша ваше вашу ваши вашего вашей вашему вашим вашими ваших вашем',
  ),
  third: w('он его него ему нему им ним нём нем она её ее неё нее ей ней ею нею оно они их них ими ними'),
  conjunctionStart: w('и а но да ну так вот короче'),
  institutions: w(
    'правительство правительства министерство министерства президент президента министр министра совет совета комитет ' +
      'комиссия агентство администрация парламент дума думы кремль посольство ведомство ведомства суд служба федерация ' +
      'россия российская государство глава главы стороны стороны сторона',
  ),
  // [CHUK] [GAL] [ILY]
  formal: p(
    'осуществл*|являет*|являют*|являвш*|являющ*|в целях|с целью|в рамках|в соответствии с|в связи с|на основании|' +
      'согласно|в части|по вопрос*|вышеуказанн*|вышеизложенн*|нижеследующ*|указанн*|данн* вопрос*|в ходе|в порядке|' +
      'по линии|в сфере|в области|проведени*|обеспечени*|реализаци*|мероприяти*|функционировани*|на сегодняшний день|' +
      'в настоящее время|имеет место|в том числе|а также|принять участие|приняли участие|принял участие|принимать меры|' +
      'оказани*|оказать содействие|содействи*|в адрес|в отношении|касательно|вследствие|ввиду|посредством|путём|путем|' +
      'производит*|произведен*|взаимодействи*|двусторонн*|многосторонн*|урегулировани*|необходимост*|' +
      'со стороны|в интересах|на уровне|в формате|по итогам|в данной|в данном|в данный|данного|данной|данному',
  ),
  informal: p(
    'ну|короче|типа|ваще|вообще-то|блин|блин,|круто|прикольно|прикол|клёво|клево|ок|окей|лол|чё|че|щас|норм|нормас|' +
      'фигня|офигеть|офигенно|супер|класс|давай|ладно|пацан*|чувак*|реально|капец|жесть|хз|спс|пжл|пасиб*|привет|' +
      'ага|угу|неа|ваще|прям|просто|кстати|имхо|ахах*|хаха*|ого|вау|мда|ой|эх|слушай|смотри|типа того|как бы|' +
      'в общем|короче говоря|кароче|мама|папа|дружище|ребят|ребята',
  ),
  // A vowel before -ни-: «решение», «знаний»; soft-stem adjectives («последний», «внутренние»,
  // «сегодняшний», «крайний») have a consonant or й there and are no nominalisations.
  nominal:
    /(?:[аеёиоуыэюя](?:ние|ния|нию|нием|нии|ний|ниям|ниями|ниях)|ции|ция|цию|цией|ций|циям|циями|циях|ость|ости|остью|остей|остям|остями|остях|ство|ства|ству|ством|стве|ств|ствам|ствами|ствах|тие|тия|тию|тием|тии|тий)$/,
  nominalMinLength: 6,
  // Full participles (-ющ-/-ащ-/-вш-/-ем-/-им-/-нн-/-т- with an adjectival ending) and short
  // passive participles (-ан/-ен/-ён/-нят with an optional ending): a heuristic, it also catches
  // some adjectives in -нный.
  participle:
    /(?:(?:ющ|ящ|ущ|ащ|вш|ем|енн|ённ|анн|янн|нут)(?:ий|ая|ое|ее|ие|его|ей|ему|ую|юю|им|ими|их|ым|ыми|ых|ый|ой|ом|ем))$|(?:^.{3,}(?:ан|ен|ён|ят|ыт)(?:а|о|ы)?)$/,
  passiveAux: w('был была было были будет будут является являются'),
  contraction: null,
};

const DE: LanguageMarkers = {
  firstSingular: w('ich mich mir mein meine meinen meinem meiner meines'),
  firstPlural: w('wir uns unser unsere unseren unserem unserer unseres'),
  second: w('du dich dir dein deine deinen deinem deiner deines ihr euch euer eure euren eurem eurer'),
  third: w('er sie es ihn ihm ihnen sein seine seinen seinem seiner seines'),
  conjunctionStart: w('und aber also oder denn'),
  institutions: w(
    'regierung bundesregierung ministerium minister ministerin präsident präsidentin rat ausschuss kommission behörde ' +
      'amt verwaltung parlament bundestag gericht gerichtshof senat landgericht kammer',
  ),
  // [DUDEN]
  formal: p(
    'gemäß|bezüglich|hinsichtlich|seitens|infolge|aufgrund|im rahmen|diesbezüglich|ferner|zudem|demzufolge|' +
      'insbesondere|sowie|betreffend|zwecks|mittels|vermittels|anhand|unter berücksichtigung|im hinblick auf|' +
      'in bezug auf|entsprechend|demnach|jedoch|dennoch|somit|folglich|ebenfalls|zugleich|wonach|welche*|' +
      'obliegt|erfolgt|erfolgen|maßgeblich|vorliegend*|hiermit|hierbei|hierzu|darüber hinaus|des weiteren|' +
      'sofern|soweit|mithin|nebst|zufolge|vorbehaltlich|unbeschadet',
  ),
  informal: p(
    'halt|mal|echt|krass|geil|voll|cool|ne|nee|jo|ok|okay|lol|haha|hahaha|hey|hallo|hi|irgendwie|sowas|' +
      'bisschen|naja|na ja|ach|oh|ah|boah|alter|digga|kumpel|super|mega|bock|kram|zeug|quatsch|mist|scheiße|' +
      "scheisse|blöd|doof|bissl|nix|nen|'ne|'n|gibt's|hab|hab's|ne?|gell|gelle|oder?|tja|ups|yay|lmao|omg|btw|" +
      'eigentlich|einfach|genau|ganz|wirklich|total',
  ),
  nominal: /(?:ungen|ung|heiten|heit|keiten|keit|tionen|tion|itäten|ität|schaften|schaft|nisse|nis|ismus|ierung)$/,
  nominalMinLength: 7,
  participle: /^(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{2,}(?:ier|ge)[a-zäöüß]*t)$/,
  passiveAux: w('wird werden wurde wurden worden ist sind war waren'),
  contraction: /['’](?:s|n|ne|nen|m|r)$|^(?:nen|nem|ner|hab|hätt|gibts|gehts|ists|wie's)$/i,
};

const FR: LanguageMarkers = {
  firstSingular: w("je j' me m' moi mon ma mes"),
  firstPlural: w('nous notre nos'),
  second: w("tu t' te toi ton ta tes vous votre vos"),
  third: w('il elle ils elles lui leur leurs son sa ses'),
  conjunctionStart: w('et mais donc ou bon alors'),
  institutions: w(
    'gouvernement ministère ministre président présidente conseil comité commission agence administration parlement assemblée sénat ambassade autorité tribunal cour office',
  ),
  formal: p(
    'conformément à|en vertu de|ci-dessus|ci-dessous|susmentionné*|néanmoins|toutefois|par conséquent|en outre|' +
      "de surcroît|ainsi|dès lors|afin de|en matière de|dans le cadre de|à l'égard de|eu égard à|s'agissant de|" +
      'en ce qui concerne|relatif à|relative à|notamment|lesquels|lesquelles|auquel|auxquels|dont|cependant|' +
      "par ailleurs|d'ailleurs|en effet|il convient de",
  ),
  informal: p(
    'mdr|lol|ptdr|bref|genre|truc|trucs|machin|ouais|ouai|ben|bah|hein|ok|okay|cool|super|trop|grave|sympa|' +
      "bof|boulot|mec|nana|pote|potes|kiffer|kiffe|ouf|wesh|salut|coucou|ça|ca|t'es|j'suis|chuis|y'a|faut|" +
      'vachement|carrément|franchement|bon|ah|oh|euh|merci|bisous|stp|svp|tkt|jsp|oui',
  ),
  nominal: /(?:tions?|sions?|ments?|ances?|ences?|ités?|ismes?|ures?)$/,
  nominalMinLength: 7,
  participle: /^[a-zàâçéèêëîïôûùüÿœ]{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/,
  passiveAux: w('est sont été était étaient sera seront fut furent être'),
  contraction: /^(?:t'es|j'suis|chuis|y'a|p'tit|p'tite|ch'ais|j'sais|m'sieur)$/i,
};

const ES: LanguageMarkers = {
  firstSingular: w('yo me mí mi mis conmigo'),
  firstPlural: w('nosotros nosotras nos nuestro nuestra nuestros nuestras'),
  second: w('tú tu tus te ti contigo vosotros vosotras os vuestro vuestra vuestros vuestras usted ustedes'),
  third: w('él ella ellos ellas le les lo la los las su sus'),
  conjunctionStart: w('y pero o pues bueno entonces'),
  institutions: w(
    'gobierno ministerio ministro ministra presidente presidenta consejo comité comisión agencia administración parlamento congreso senado embajada autoridad tribunal oficina',
  ),
  formal: p(
    'conforme a|en virtud de|de conformidad con|dicho|dicha|dichos|dichas|cabe señalar|cabe destacar|no obstante|' +
      'sin embargo|por consiguiente|asimismo|además|por lo tanto|a fin de|con el fin de|en el marco de|' +
      'con respecto a|en cuanto a|respecto de|mediante|cuyo|cuya|cuyos|cuyas|el cual|la cual|los cuales|las cuales|' +
      'en lo que respecta a|por ende|en materia de|al respecto',
  ),
  informal: p(
    'jaja|jajaja|jeje|lol|xd|tío|tía|tio|tia|guay|mola|vale|ok|okey|bueno|pues|o sea|tipo|cosa|cosas|rollo|' +
      'chévere|chido|güey|wey|pana|bro|porfa|xfa|q|k|tb|tmb|finde|súper|super|genial|hola|oye|mira|eh|ah|oh|ay|' +
      'vamos|venga|anda|hombre|mujer|pa|na|ná|gracias|besos|sí',
  ),
  nominal: /(?:ciones|ción|siones|sión|mientos?|ancias?|encias?|idades|idad|ismos?|ezas?|uras?)$/,
  nominalMinLength: 7,
  participle: /^[a-záéíóúñü]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/,
  passiveAux: w('es son fue fueron ha sido será serán era eran está están'),
  contraction: /^(?:pa'|p'|na'|to'|pa'l)$/i,
};

export const MARKERS: Record<LanguageCode, LanguageMarkers> = { en: EN, ru: RU, de: DE, fr: FR, es: ES };
