/**
 * The five customer-service reply macros of the guide (§1-4: delay, damage, wrong item, not as
 * described, refund), each in Korean and English: the seller reads one, copies the other. Only
 * the sidebar shows them, so its own script (dist/Sidebar.html) carries them, not dist/Code.js.
 */
import type { Lang } from './language';

type InBoth = Readonly<Record<Lang, string>>;

/** Each macro's name in the sidebar's language, and its text in both. */
export const REPLY_MACROS = {
  delay: {
    title: { ko: '배송 지연', en: 'Delay' },
    text: {
      ko: '주문해 주셔서 감사합니다. 소포가 평소보다 늦어지고 있어 죄송합니다. 주문의 운송장 번호로 위치를 확인하실 수 있으며, 보호 기간 안에 도착하지 않으면 메시지 주세요. 재발송이나 환불로 바로 도와드리겠습니다.',
      en: 'Thank you for your order, and sorry that your parcel is taking longer than usual. You can follow it with the tracking number in your order. If it has not arrived by the end of the protection period, message us and we will resend it or refund you right away.',
    },
  },
  damage: {
    title: { ko: '파손', en: 'Damaged' },
    text: {
      ko: '상품이 파손된 채 도착해 정말 죄송합니다. 상품과 포장 사진을 보내 주시겠어요? 확인하는 대로 새 상품을 보내 드리거나 부분 환불해 드리겠습니다. 원하시는 쪽을 알려 주세요.',
      en: 'We are very sorry your item arrived damaged. Could you send us a photo of the item and the package? We will then send a replacement or give a partial refund, whichever you prefer.',
    },
  },
  wrongItem: {
    title: { ko: '오배송', en: 'Wrong item' },
    text: {
      ko: '다른 상품을 받으셔서 죄송합니다. 받으신 상품의 사진을 보내 주시면, 주문하신 상품을 비용 부담 없이 바로 다시 보내 드리겠습니다.',
      en: 'We are sorry you received the wrong item. Please send us a photo of what arrived, and we will ship the right item right away at no cost to you.',
    },
  },
  notAsDescribed: {
    title: { ko: '설명과 다름', en: 'Not as described' },
    text: {
      ko: '기대하신 상품과 달라 죄송합니다. 설명과 어떤 점이 다른지 사진과 함께 알려 주시겠어요? 교환, 부분 환불, 반품 후 전액 환불 중에서 고르실 수 있습니다.',
      en: 'We are sorry the item is not what you expected. Could you tell us what differs from the description and send a photo? You can choose a replacement, a partial refund, or a return with a full refund.',
    },
  },
  refund: {
    title: { ko: '환불 안내', en: 'Refund' },
    text: {
      ko: '환불 처리를 마쳤습니다. 카드사나 은행에 따라 보통 영업일 기준 3~7일 안에 입금됩니다. 기다려 주셔서 감사하고, 더 도와드릴 일이 있으면 언제든 말씀해 주세요.',
      en: 'Your refund has been processed. It usually reaches your account within 3–7 working days, depending on your bank. Thank you for your patience, and let us know if there is anything else we can do.',
    },
  },
} as const satisfies Record<string, { title: InBoth; text: InBoth }>;

export type MacroId = keyof typeof REPLY_MACROS;

export interface Macro {
  id: MacroId;
  /** The macro's name in the sidebar's language. */
  title: string;
  ko: string;
  en: string;
}

/** @example replyMacros('ko')[0].title // '배송 지연' */
export function replyMacros(lang: Lang): Macro[] {
  return Object.entries(REPLY_MACROS).map(([id, { title, text }]) => ({
    id: id as MacroId,
    title: title[lang],
    ko: text.ko,
    en: text.en,
  }));
}
