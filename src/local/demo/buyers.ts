import { COUNTRIES, type DemoCountry } from './countries';
import type { Rng } from './rng';

/** A buyer as the export shows them: AliExpress masks names, streets and phones with '*'. */
export interface DemoBuyer {
  name: string;
  recipient: string;
  country: DemoCountry;
  city: string;
  /** The city as the address line writes it: real exports sometimes hold the word 'null'. */
  addressCity: string;
  state: string;
  postcode: string;
  street: string;
  mobile: string;
}

const KOREAN_SURNAMES = [
  '김',
  '이',
  '박',
  '최',
  '정',
  '강',
  '조',
  '윤',
  '장',
  '임',
  '한',
  '오',
  '서',
  '신',
  '권',
];
const KOREAN_SYLLABLES = [
  '민',
  '서',
  '지',
  '현',
  '수',
  '연',
  '진',
  '영',
  '준',
  '우',
  '은',
  '혜',
  '희',
  '호',
  '아',
  '윤',
  '경',
  '주',
  '성',
  '빈',
];
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
/** Korean masked names are few; after this many clashes the buyer gets a romanized one. */
const KOREAN_NAME_ATTEMPTS = 5;
const COUNTRY_WEIGHTS = COUNTRIES.map((country) => country.weight);
const NAME_ATTEMPTS = 20;

/** Hands out new buyers with distinct masked names, and returning ones. */
export class BuyerBook {
  private readonly buyers: DemoBuyer[] = [];
  private readonly usedNames = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A returning buyer with probability `returningShare` (once there is anyone to return). */
  next(returningShare: number): DemoBuyer {
    if (this.buyers.length > 0 && this.rng.chance(returningShare)) {
      return this.rng.pick(this.buyers);
    }
    return this.create(this.rng.weightedPick(COUNTRIES, COUNTRY_WEIGHTS));
  }

  create(country: DemoCountry): DemoBuyer {
    const rng = this.rng;
    const [city, state, postcode] = rng.pick(country.places);
    const buyer: DemoBuyer = {
      name: this.uniqueName(country),
      recipient: maskedName(rng, country),
      country,
      city,
      addressCity: rng.chance(0.1) ? 'null' : city,
      state,
      postcode,
      street: `${'*'.repeat(rng.int(8, 20))} ${rng.int(1, 250)}`,
      mobile: `${rng.int(10, 99)}****${rng.int(1000, 9999)}`,
    };
    this.buyers.push(buyer);
    return buyer;
  }

  /** Distinct, so that repeat buyers can be told apart by name as the engine must do. */
  private uniqueName(country: DemoCountry): string {
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      const korean = country.koreanNames && attempt < KOREAN_NAME_ATTEMPTS;
      const name = korean ? maskedKoreanName(this.rng) : maskedLatinName(this.rng);
      if (!this.usedNames.has(name)) return this.remember(name);
    }
    return this.remember(`${maskedLatinName(this.rng)} ${this.usedNames.size}`);
  }

  private remember(name: string): string {
    this.usedNames.add(name);
    return name;
  }
}

function maskedName(rng: Rng, country: DemoCountry): string {
  return country.koreanNames ? maskedKoreanName(rng) : maskedLatinName(rng);
}

function maskedKoreanName(rng: Rng): string {
  return `${rng.pick(KOREAN_SURNAMES)}${'*'.repeat(rng.int(1, 2))}${rng.pick(KOREAN_SYLLABLES)}`;
}

/** First and last letter visible, as AliExpress masks: M***a K**i. */
function maskedLatinName(rng: Rng): string {
  return `${maskedWord(rng)} ${maskedWord(rng)}`;
}

function maskedWord(rng: Rng): string {
  const first = rng.pick(LETTERS).toUpperCase();
  return `${first}${'*'.repeat(rng.int(2, 5))}${rng.pick(LETTERS)}`;
}
