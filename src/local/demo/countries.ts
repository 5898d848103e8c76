import type { NameStyle } from './names';

/** Where the demo shop's buyers live, and how long a parcel from Korea takes to reach them. */
export interface DemoCountry {
  /** As 收货国家 writes it. */
  name: string;
  /** Relative share of new buyers. */
  weight: number;
  /** Median days from shipping to the buyer confirming receipt. */
  transitDays: number;
  /** Hours to add to the buyer's local clock to get Seoul time. */
  hoursBehindSeoul: number;
  /** Share of orders where the buyer pays a shipping fee. */
  paidShippingShare: number;
  phoneCode: string;
  /** [city, state/province, postcode] */
  places: readonly (readonly [string, string, string])[];
  /** How its buyers' names look (Korean buyers write theirs, and reviews, in Korean). */
  names: NameStyle;
}

export const COUNTRIES: readonly DemoCountry[] = [
  country('United States', 22, 11, 14, 0.05, '+1', 'english', [
    ['Los Angeles', 'California', '90012'],
    ['Brooklyn', 'New York', '11220'],
    ['Houston', 'Texas', '77002'],
  ]),
  country('France', 11, 12, 7, 0.1, '+33', 'french', [
    ['Paris', 'Ile-de-France', '75011'],
    ['Lyon', 'Auvergne-Rhone-Alpes', '69003'],
  ]),
  country('Spain', 11, 13, 7, 0.1, '+34', 'spanish', [
    ['Madrid', 'Madrid', '28004'],
    ['Sant Joan d Alacant', 'Alacant', '03550'],
  ]),
  country('Poland', 8, 12, 7, 0.1, '+48', 'polish', [
    ['Lodz', 'Lodzkie', '94039'],
    ['Warszawa', 'Mazowieckie', '00-001'],
  ]),
  country('Brazil', 9, 24, 12, 0.6, '+55', 'portuguese', [
    ['Sao Paulo', 'Sao Paulo', '01310-100'],
    ['Curitiba', 'Parana', '80010-000'],
  ]),
  country('Korea', 10, 3, 0, 0, '+82', 'korean', [
    ['Seoul', 'Seoul', '04524'],
    ['Uljin-gun', 'Gyeongsangbuk-do', '36304'],
  ]),
  country('Japan', 7, 6, 0, 0.05, '+81', 'japanese', [
    ['Osaka', 'Osaka', '530-0001'],
    ['Fukuoka', 'Fukuoka', '810-0001'],
  ]),
  country('Germany', 8, 10, 7, 0.1, '+49', 'german', [
    ['Berlin', 'Berlin', '10115'],
    ['Hamburg', 'Hamburg', '20095'],
  ]),
  country('Israel', 5, 17, 6, 0.5, '+972', 'hebrew', [
    ['Tel Aviv', 'Tel Aviv', '6100000'],
    ['Haifa', 'Haifa', '3100000'],
  ]),
  country('Chile', 4, 21, 12, 0.6, '+56', 'spanish', [
    ['Santiago', 'Region Metropolitana', '8320000'],
    ['Valparaiso', 'Valparaiso', '2340000'],
  ]),
  country('Netherlands', 3, 10, 7, 0.1, '+31', 'dutch', [['Amsterdam', 'Noord-Holland', '1012']]),
  country('Saudi Arabia', 2, 15, 6, 0.3, '+966', 'arabic', [['Riyadh', 'Riyadh', '11564']]),
];

function country(
  name: string,
  weight: number,
  transitDays: number,
  hoursBehindSeoul: number,
  paidShippingShare: number,
  phoneCode: string,
  names: NameStyle,
  places: DemoCountry['places'],
): DemoCountry {
  return {
    name,
    weight,
    transitDays,
    hoursBehindSeoul,
    paidShippingShare,
    phoneCode,
    places,
    names,
  };
}

export function countryByName(name: string): DemoCountry {
  const found = COUNTRIES.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`demo has no country ${name}`);
  return found;
}
