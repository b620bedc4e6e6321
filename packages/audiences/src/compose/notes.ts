/**
 * The notes compose() leaves for the editor, in the language of the version (English or
 * Russian): what was left out and why, what the editor must add before publishing.
 */
type Vars = Record<string, string | number>;
type Note = (v: Vars) => string;

const EN = {
  noSentence: () => 'The release has no sentence a version can draw on (only titles, bylines, contacts or questions).',
  leftOut: (v: Vars) => `Left out (the verifier found ${v['found']}): ${v['sentence']}`,
  leftOutWhole: (v: Vars) => `Left out (in the whole version the verifier found ${v['found']}): ${v['sentence']}`,
  aProblem: () => 'a problem',
  noLink: () => 'No link: neither the release nor the brief gives one. Add the release’s address before publishing.',
  noHashtags: (v: Vars) => `No hashtags: the brief gives none (at most ${v['max']}, at the end).`,
  hashtagsKept: (v: Vars) => `Only ${v['max']} hashtags kept of ${v['given']}.`,
  sentencesCut: (v: Vars) => `${v['count']} sentence(s) left out to fit ${v['max']} characters.`,
  pastFold: (v: Vars) => `The first sentence runs past the ${v['fold']} characters shown before “more”.`,
  smsNoSentence: () => 'The release has no sentence for an SMS: write the SMS by hand.',
  scriptNoSentence: () =>
    'No sentence of the release passed the verifier for a radio script: write the script by hand.',
  smsShortened: (v: Vars) => `The SMS shortens the news to fit ${v['max']} characters: ${v['sentence']}`,
  smsNoRoomForLink: (v: Vars) =>
    `The release’s address (${v['length']} characters) leaves no room for the news in one SMS: it is left out. Add a short link before sending.`,
  smsCut: (v: Vars) =>
    v['link'] === 1
      ? 'The news does not fit one SMS without cutting a clause: it is cut at “…” and the link left out. Write the SMS by hand.'
      : 'The news does not fit one SMS without cutting a clause: it is cut at “…”. Write the SMS by hand.',
  shortened: (v: Vars) => `Shortened to ${v['max']} words or fewer (detail left out): ${v['sentence']}`,
  shortenedToPost: (v: Vars) =>
    `Shortened to fit one post of ${v['max']} characters (detail left out): ${v['sentence']}`,
  acronymLeftOut: (v: Vars) =>
    `Left out (the release does not spell out ${v['acronyms']}, and a translation-ready version must): ${v['sentence']}`,
  noWho: () => 'Who is affected: neither the release nor the brief says; the section is left out.',
  noWhat: () => 'What to do: neither the release nor the brief says; the section is left out.',
  noWhen: () => 'By when: no deadline in the brief; the section is left out.',
  noContact: () => 'Who to call: no contact in the release or the brief; the section is left out.',
  notVerified: (v: Vars) => `The verifier found ${v['count']} problem(s) in the version: do not publish it as it is.`,
  tooLong: (v: Vars) => `Part ${v['part']} has ${v['length']} characters, over the channel’s ${v['max']}.`,
  notSpelledOut: (v: Vars) =>
    v['count'] === 1
      ? `Not spelled out (the release does not say what it stands for): ${v['acronyms']}. Spell it out before translation.`
      : `Not spelled out (the release does not say what they stand for): ${v['acronyms']}. Spell them out before translation.`,
  repeats: (v: Vars) => `Left out (the version already says it): ${v['sentence']}`,
  leftOutForTargets: (v: Vars) =>
    `Left out to bring the ${v['audience']} targets closer (${v['targets']}): ${v['sentence']}`,
  modelNotUsed: (v: Vars) =>
    `The model’s version was not used (${v['model']}): ${v['why']}. This is the deterministic version.`,
  modelWritten: (v: Vars) =>
    `Written by ${v['model']} (try ${v['try']} of ${v['tries']}); the facts were masked for the model and restored, and the verifier passed every one.`,
  modelTry: (v: Vars) => `try ${v['n']}: ${v['problems']}`,
  modelNoText: (v: Vars) => `try ${v['n']}: the model gave no text (${v['code']}: ${v['what']})`,
  problemTokens: (v: Vars) => `it used tokens the release does not have (${v['tokens']})`,
  problemVerifier: (v: Vars) => `the verifier found ${v['rule']}: “${v['text']}” (${v['message']})`,
  problemTarget: (v: Vars) => `target ${v['id']} is ${v['value']}, over ${v['max']}`,
  problemPartLength: (v: Vars) => `part ${v['part']} has ${v['length']} characters, over ${v['max']}`,
  problemWords: (v: Vars) => `it has ${v['count']} words, over about ${v['max']}`,
  problemEmpty: () => 'it is empty',
  problemsMore: (v: Vars) => ` (+${v['count']} more)`,
  genNoAnswer: (v: Vars) => `no answer from ${v['where']} within ${v['ms']} ms`,
  genUnreachable: (v: Vars) => `cannot reach ${v['where']}${v['cause'] ? ` (${v['cause']})` : ''}: ${v['error']}`,
  genBrokeOff: (v: Vars) => `the answer from ${v['where']} broke off`,
  genHttp: (v: Vars) => `${v['where']} answered HTTP ${v['status']}${v['body'] ? `: ${v['body']}` : ''}`,
  genNotJson: (v: Vars) => `${v['where']} did not answer with JSON`,
  genNoContent: (v: Vars) => `${v['where']} answered without choices[0].message.content`,
} satisfies Record<string, Note>;

export type NoteId = keyof typeof EN;

const RU: Record<NoteId, Note> = {
  noSentence: () =>
    'В релизе нет ни одного предложения, на которое может опереться версия (только заголовки, подписи, контакты или вопросы).',
  leftOut: (v) => `Опущено (верификатор нашёл: ${v['found']}): ${v['sentence']}`,
  leftOutWhole: (v) => `Опущено (во всей версии верификатор нашёл: ${v['found']}): ${v['sentence']}`,
  aProblem: () => 'проблему',
  noLink: () => 'Нет ссылки: её не дают ни релиз, ни бриф. Добавьте адрес релиза перед публикацией.',
  noHashtags: (v) => `Нет хештегов: в брифе их нет (не больше ${v['max']}, в конце).`,
  hashtagsKept: (v) => `Оставлено хештегов: ${v['max']} из ${v['given']}.`,
  sentencesCut: (v) => `Опущено предложений, чтобы уложиться в ${v['max']} знаков: ${v['count']}.`,
  pastFold: (v) => `Первое предложение длиннее ${v['fold']} знаков, видных до «ещё».`,
  smsNoSentence: () => 'В релизе нет предложения для SMS: напишите SMS вручную.',
  scriptNoSentence: () => 'Ни одно предложение релиза не прошло верификатор для радиоскрипта: напишите скрипт вручную.',
  smsShortened: (v) => `SMS сокращает новость, чтобы уложиться в ${v['max']} знаков: ${v['sentence']}`,
  smsNoRoomForLink: (v) =>
    `Адрес релиза (${v['length']} знаков) не оставляет места для новости в одном SMS: он опущен. Добавьте короткую ссылку перед отправкой.`,
  smsCut: (v) =>
    v['link'] === 1
      ? 'Новость не помещается в одно SMS, не обрывая фразу: она обрезана на «…», ссылка опущена. Напишите SMS вручную.'
      : 'Новость не помещается в одно SMS, не обрывая фразу: она обрезана на «…». Напишите SMS вручную.',
  shortened: (v) => `Сокращено до ${v['max']} слов или меньше (детали опущены): ${v['sentence']}`,
  shortenedToPost: (v) =>
    `Сокращено, чтобы уместиться в один пост из ${v['max']} знаков (детали опущены): ${v['sentence']}`,
  acronymLeftOut: (v) =>
    `Опущено (релиз не расшифровывает ${v['acronyms']}, а версия для перевода должна): ${v['sentence']}`,
  noWho: () => 'Кого касается: не сказано ни в релизе, ни в брифе; раздел опущен.',
  noWhat: () => 'Что делать: не сказано ни в релизе, ни в брифе; раздел опущен.',
  noWhen: () => 'До какого срока: в брифе нет срока; раздел опущен.',
  noContact: () => 'Куда обращаться: контакта нет ни в релизе, ни в брифе; раздел опущен.',
  notVerified: (v) => `Верификатор нашёл в версии проблем: ${v['count']}. Не публикуйте её в таком виде.`,
  tooLong: (v) => `В части ${v['part']} знаков: ${v['length']}, больше предела канала (${v['max']}).`,
  notSpelledOut: (v) =>
    `Не расшифровано (релиз не говорит, что это значит): ${v['acronyms']}. Расшифруйте перед переводом.`,
  repeats: (v) => `Опущено (версия уже это говорит): ${v['sentence']}`,
  leftOutForTargets: (v) =>
    `Опущено, чтобы приблизиться к целям аудитории ${v['audience']} (${v['targets']}): ${v['sentence']}`,
  modelNotUsed: (v) => `Версия модели не использована (${v['model']}): ${v['why']}. Это детерминированная версия.`,
  modelWritten: (v) =>
    `Написано моделью ${v['model']} (попытка ${v['try']} из ${v['tries']}); факты были скрыты от модели и восстановлены, верификатор подтвердил каждый.`,
  modelTry: (v) => `попытка ${v['n']}: ${v['problems']}`,
  modelNoText: (v) => `попытка ${v['n']}: модель не дала текста (${v['code']}: ${v['what']})`,
  problemTokens: (v) => `в ней метки, которых нет в релизе (${v['tokens']})`,
  problemVerifier: (v) => `верификатор нашёл ${v['rule']}: «${v['text']}» (${v['messageRu']})`,
  problemTarget: (v) => `цель ${v['id']}: ${v['value']}, больше ${v['max']}`,
  problemPartLength: (v) => `в части ${v['part']} знаков: ${v['length']}, больше ${v['max']}`,
  problemWords: (v) => `в ней слов: ${v['count']}, больше примерно ${v['max']}`,
  problemEmpty: () => 'она пуста',
  problemsMore: (v) => ` (и ещё ${v['count']})`,
  genNoAnswer: (v) => `нет ответа от ${v['where']} за ${v['ms']} мс`,
  genUnreachable: (v) => `не удаётся связаться с ${v['where']}${v['cause'] ? ` (${v['cause']})` : ''}: ${v['error']}`,
  genBrokeOff: (v) => `ответ от ${v['where']} оборвался`,
  genHttp: (v) => `${v['where']} ответил HTTP ${v['status']}${v['body'] ? `: ${v['body']}` : ''}`,
  genNotJson: (v) => `${v['where']} ответил не в формате JSON`,
  genNoContent: (v) => `${v['where']} ответил без choices[0].message.content`,
};

/** The notes in `language`: `notesIn('ru').noLink({})`. */
export function notesIn(language: 'en' | 'ru'): Record<NoteId, Note> {
  return language === 'ru' ? RU : EN;
}

/** Both languages, for the tests. */
export const NOTES = { en: EN as Record<NoteId, Note>, ru: RU };
