import { COUNTRIES, type DemoCountry } from './countries';
import { drawFullName, maskName } from './names';
import type { Rng } from './rng';

/** A buyer; AliExpress masks the street and phone with '*', and the name on older orders. */
export interface DemoBuyer {
  /** Distinct per buyer, so that the engine can tell repeat buyers apart by name. */
  name: string;
  /** Different buyers may share one, as on AliExpress: masked names cannot be matched. */
  maskedName: string;
  country: DemoCountry;
  city: string;
  /** The city as the address line writes it: real exports sometimes hold the word 'null'. */
  addressCity: string;
  state: string;
  postcode: string;
  street: string;
  mobile: string;
}

const COUNTRY_WEIGHTS = COUNTRIES.map((country) => country.weight);
/** Draws of a plain name, then of one with a middle initial, before numbering a taken one. */
const PLAIN_NAME_ATTEMPTS = 10;
const NAME_ATTEMPTS = 20;

/** Hands out new buyers with distinct names, and returning ones. */
export class BuyerBook {
  private readonly buyers: DemoBuyer[] = [];
  private readonly usedNames = new Set<string>();
  /** Names draw from their own stream, so that changing them leaves the orders unchanged. */
  private readonly nameRng: Rng;

  constructor(private readonly rng: Rng) {
    this.nameRng = rng.fork('buyer names');
  }

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
    const name = this.uniqueName(country);
    const buyer: DemoBuyer = {
      name,
      maskedName: maskName(name),
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

  private uniqueName(country: DemoCountry): string {
    for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      const middleInitial = attempt >= PLAIN_NAME_ATTEMPTS;
      const name = drawFullName(this.nameRng, country.names, middleInitial);
      if (!this.usedNames.has(name)) return this.remember(name);
    }
    return this.remember(
      `${drawFullName(this.nameRng, country.names, true)} ${this.usedNames.size}`,
    );
  }

  private remember(name: string): string {
    this.usedNames.add(name);
    return name;
  }
}
