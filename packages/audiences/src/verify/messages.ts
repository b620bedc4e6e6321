/**
 * What a verifier finding says, from the `audiences` catalogues (`verify.<messageId>`, English and
 * Russian): a finding carries `messageId` and `data`, and `message` is its English text, so a
 * caller that speaks another language words it with `verifyMessage(finding, locale)`.
 */
import type { Locale } from '@attache/core';
import { tr } from '../i18n/index.js';
import type { VerifyFinding, VerifyMessageId } from './types.js';

/** The wording fields of a finding: id, data and the English message. */
export function worded(
  messageId: VerifyMessageId,
  data: Record<string, string>,
): Pick<VerifyFinding, 'messageId' | 'data' | 'message'> {
  return { messageId, data, message: verifyMessage({ messageId, data }, 'en') };
}

/** Modality classes ("possible+future") in `locale`: each class from `verify.modality-class`. */
function classes(value: string | undefined, locale: Locale): string {
  return (value ?? '')
    .split('+')
    .map((c) => tr(`verify.modality-class.${c}`, {}, locale))
    .join(' + ');
}

/** A finding's message in `locale` (English when the catalogue has no such message). */
export function verifyMessage(f: Pick<VerifyFinding, 'messageId' | 'data'>, locale: Locale = 'en'): string {
  const data =
    f.messageId === 'modality'
      ? { ...f.data, release: classes(f.data['release'], locale), version: classes(f.data['version'], locale) }
      : f.data;
  return tr(`verify.${f.messageId}`, data, locale);
}
