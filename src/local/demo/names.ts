import type { Rng } from './rng';

/** Invented buyer names: a first and a last name as buyers of each country write them. */
export type NameStyle =
  | 'korean'
  | 'english'
  | 'french'
  | 'spanish'
  | 'portuguese'
  | 'polish'
  | 'german'
  | 'dutch'
  | 'japanese'
  | 'hebrew'
  | 'arabic';

interface NamePool {
  first: readonly string[];
  last: readonly string[];
}

const words = (text: string): readonly string[] => text.split(' ');

const LATIN_POOLS: Record<Exclude<NameStyle, 'korean'>, NamePool> = {
  english: {
    first: words(
      'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan ' +
        'Ashley Jessica Daniel Sarah Emily Tyler Megan Brandon',
    ),
    last: words(
      'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Wilson ' +
        'Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White',
    ),
  },
  french: {
    first: words(
      'Camille Léa Manon Chloé Emma Inès Julie Sarah Lucas Hugo Louis Nathan Théo Julien ' +
        'Nicolas Antoine Mathilde Pauline Maxime Clément',
    ),
    last: words(
      'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent ' +
        'Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier',
    ),
  },
  spanish: {
    first: words(
      'Lucía María Carmen Laura Marta Elena Paula Sofía Javier Carlos Pablo Alejandro Sergio ' +
        'Diego Daniel Jorge Andrés Valentina Camila Francisco',
    ),
    last: words(
      'García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez ' +
        'Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Rojas Soto',
    ),
  },
  portuguese: {
    first: words(
      'Ana Maria Juliana Fernanda Beatriz Larissa Camila Gabriela Letícia Mariana João Pedro ' +
        'Lucas Gabriel Rafael Thiago Bruno Felipe Gustavo Matheus',
    ),
    last: words(
      'Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro ' +
        'Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa',
    ),
  },
  polish: {
    first: words(
      'Anna Katarzyna Magdalena Agnieszka Joanna Monika Aleksandra Natalia Zuzanna Ewa Piotr ' +
        'Krzysztof Tomasz Paweł Michał Marcin Jakub Kamil Łukasz Mateusz',
    ),
    // Surnames without a feminine form, so that any first name fits.
    last: words(
      'Nowak Wójcik Kowalczyk Woźniak Mazur Krawczyk Kaczmarek Zając Król Wieczorek Wróbel ' +
        'Stępień Dudek Adamczyk Pawlak Walczak Sikora Baran Michalak Szewczyk',
    ),
  },
  german: {
    first: words(
      'Lukas Leon Finn Jonas Felix Paul Maximilian Tim Jan Niklas Anna Laura Lena Julia Sophie ' +
        'Lea Hannah Lisa Katharina Sarah',
    ),
    last: words(
      'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch ' +
        'Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann',
    ),
  },
  dutch: {
    first: words(
      'Daan Sem Lars Bram Thijs Ruben Jesse Sander Niels Joris Emma Sanne Lotte Fleur Anouk Eva ' +
        'Lisa Iris Femke Noor',
    ),
    last: words(
      'Jansen Visser Smit Bakker Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok ' +
        'Meijer Boer Jacobs Vermeulen Willems Koster Prins',
    ),
  },
  japanese: {
    first: words(
      'Yuki Haruka Aoi Sakura Yui Mio Rin Hina Misaki Nanami Haruto Sota Yuto Riku Kaito Ren ' +
        'Takumi Daiki Kenta Shota',
    ),
    last: words(
      'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida ' +
        'Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori',
    ),
  },
  hebrew: {
    first: words(
      'Noa Tamar Maya Yael Shira Michal Adi Talia Neta Rotem Yosef David Daniel Itai Omer Eitan ' +
        'Ariel Noam Yonatan Amit',
    ),
    last: words(
      'Cohen Levi Mizrahi Peretz Biton Dahan Avraham Friedman Malka Azoulay Katz Amar Ohana ' +
        'Hadad Gabay Shapiro Klein Golan Ben-David Ashkenazi',
    ),
  },
  arabic: {
    first: words(
      'Mohammed Abdullah Faisal Khalid Omar Fahad Saad Turki Sultan Nasser Nora Sara Reem Lama ' +
        'Hessa Fatimah Maha Dana Amal Layla',
    ),
    last: words(
      'Alharbi Alqahtani Alghamdi Alzahrani Aldossari Alotaibi Alshehri Almutairi Alanazi ' +
        'Alshammari Alomari Alyami Alsubaie Alrashidi Albalawi Alahmadi Aljohani Alenezi ' +
        'Alsaadi Alamri',
    ),
  },
};

const KOREAN_SURNAMES = words('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권');
const KOREAN_SYLLABLES = words('민 서 지 현 수 연 진 영 준 우 은 혜 희 호 아 윤 경 주 성 빈');
const INITIALS = [...'ABCDEFGHJKLMNPRSTVW'];

/**
 * A random full name in the style. With `middleInitial`, a Latin name gets one (Maria K. Silva),
 * multiplying the names a style can give; Korean names have none and 6,000 of them suffice.
 */
export function drawFullName(rng: Rng, style: NameStyle, middleInitial: boolean): string {
  if (style === 'korean') {
    return `${rng.pick(KOREAN_SURNAMES)}${rng.pick(KOREAN_SYLLABLES)}${rng.pick(KOREAN_SYLLABLES)}`;
  }
  const pool = LATIN_POOLS[style];
  const initial = middleInitial ? ` ${rng.pick(INITIALS)}.` : '';
  return `${rng.pick(pool.first)}${initial} ${rng.pick(pool.last)}`;
}

/** As AliExpress masks a name, each word's first and last letter kept: M***a S***a, 김*수. */
export function maskName(fullName: string): string {
  return fullName.split(' ').map(maskWord).join(' ');
}

function maskWord(word: string): string {
  const letters = [...word];
  if (letters.length <= 2) return `${letters[0]}*`;
  return `${letters[0]}${'*'.repeat(letters.length - 2)}${letters[letters.length - 1]}`;
}
