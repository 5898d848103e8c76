/**
 * The five customer-service reply macros of the guide (§1-4: delay, damage, wrong item, not as
 * described, refund), each in Korean and English: the seller reads one, copies the other.
 */
import type { Lang } from '../text/language';
import { t } from '../text/messages';

export const MACRO_IDS = ['delay', 'damage', 'wrongItem', 'notAsDescribed', 'refund'] as const;
export type MacroId = (typeof MACRO_IDS)[number];

export interface Macro {
  id: MacroId;
  /** The macro's name in the sidebar's language. */
  title: string;
  ko: string;
  en: string;
}

/** @example replyMacros('ko')[0].title // '배송 지연' */
export function replyMacros(lang: Lang): Macro[] {
  return MACRO_IDS.map((id) => ({
    id,
    title: t(`macro.${id}.title`, lang),
    ko: t(`macro.${id}`, 'ko'),
    en: t(`macro.${id}`, 'en'),
  }));
}
