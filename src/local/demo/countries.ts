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
  /** Buyers who write (and mask) their names in Korean. */
  koreanNames: boolean;
}

export const COUNTRIES: readonly DemoCountry[] = [
  country('United States', 22, 11, 14, 0.05, '+1', [
    ['Los Angeles', 'California', '90012'],
    ['Brooklyn', 'New York', '11220'],
    ['Houston', 'Texas', '77002'],
  ]),
  country('France', 11, 12, 7, 0.1, '+33', [
    ['Paris', 'Ile-de-France', '75011'],
    ['Lyon', 'Auvergne-Rhone-Alpes', '69003'],
  ]),
  country('Spain', 11, 13, 7, 0.1, '+34', [
    ['Madrid', 'Madrid', '28004'],
    ['Sant Joan d Alacant', 'Alacant', '03550'],
  ]),
  country('Poland', 8, 12, 7, 0.1, '+48', [
    ['Lodz', 'Lodzkie', '94039'],
    ['Warszawa', 'Mazowieckie', '00-001'],
  ]),
  country('Brazil', 9, 24, 12, 0.6, '+55', [
    ['Sao Paulo', 'Sao Paulo', '01310-100'],
    ['Curitiba', 'Parana', '80010-000'],
  ]),
  country('Korea', 10, 3, 0, 0, '+82', [
    ['Seoul', 'Seoul', '04524'],
    ['Uljin-gun', 'Gyeongsangbuk-do', '36304'],
  ]),
  country('Japan', 7, 6, 0, 0.05, '+81', [
    ['Osaka', 'Osaka', '530-0001'],
    ['Fukuoka', 'Fukuoka', '810-0001'],
  ]),
  country('Germany', 8, 10, 7, 0.1, '+49', [
    ['Berlin', 'Berlin', '10115'],
    ['Hamburg', 'Hamburg', '20095'],
  ]),
  country('Israel', 5, 17, 6, 0.5, '+972', [
    ['Tel Aviv', 'Tel Aviv', '6100000'],
    ['Haifa', 'Haifa', '3100000'],
  ]),
  country('Chile', 4, 21, 12, 0.6, '+56', [
    ['Santiago', 'Region Metropolitana', '8320000'],
    ['Valparaiso', 'Valparaiso', '2340000'],
  ]),
  country('Netherlands', 3, 10, 7, 0.1, '+31', [['Amsterdam', 'Noord-Holland', '1012']]),
  country('Saudi Arabia', 2, 15, 6, 0.3, '+966', [['Riyadh', 'Riyadh', '11564']]),
];

function country(
  name: string,
  weight: number,
  transitDays: number,
  hoursBehindSeoul: number,
  paidShippingShare: number,
  phoneCode: string,
  places: DemoCountry['places'],
): DemoCountry {
  const koreanNames = name === 'Korea';
  return {
    name,
    weight,
    transitDays,
    hoursBehindSeoul,
    paidShippingShare,
    phoneCode,
    places,
    koreanNames,
  };
}

export function countryByName(name: string): DemoCountry {
  const found = COUNTRIES.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`demo has no country ${name}`);
  return found;
}
