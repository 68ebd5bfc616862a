import type { Gender } from '../../lib/domain/nip';
import type { Rng } from './random';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

// Given names lean on what West Sumatra registered in each generation: older Minangkabau names ending
// in -rizal/-rial and -ni/-wati, younger ones closer to the national mix.
const MALE_OLDER = words(`
  Syafril Zulkifli Afrizal Nofrizal Yusrizal Masrizal Jasman Syahrial Asril Darmawan Efendi Irwan
  Hendri Yulizar Zulhendri Mardius Syamsul Rusdi Erizal Basri Alfian Amrizal Dasril Novrizal
  Hasnul Yuswardi Armen Zainal Budi Joni Anwar Edison Firdaus Herman Indra Mukhlis Rizal Suardi
  Taufik Jufri Yendri Defrizal Elfiardi Marzuki Syafrudin
`);
const MALE_YOUNGER = words(`
  Andri Rahmat Hendra Fajar Rizki Dedi Aldi Yoga Ilham Fadli Randi Riko Doni Yogi Arif Reza Bayu
  Ikhsan Hafiz Aulia Fikri Wahyu Dimas Rahmad Febri Robi Ferdi Gilang Habibi Rendi Ridho Teguh
  Yudi Zikri Afdal
`);
const MALE_SECOND = words(`
  Hidayat Saputra Gunawan Santoso Putra Syahputra Effendi Amri Arifin Rahman Fauzi Kurniawan
  Pratama Firmansyah Hamdani Yusuf Ramadhan Zulfikar Maulana Hakim Anwar Mulyadi Permana Syafei
  Wijaya Prasetyo Alamsyah Rivai Ibrahim Nasrul Chaniago Tanjung Piliang Koto Sikumbang
`);
const FEMALE_OLDER = words(`
  Yuliarni Yusnaini Elfi Rosmaniar Nurhayati Yenni Mardiana Asmiati Erniwati Darnis Yusmaniar
  Nurleli Syafrida Zurniati Nelmawati Rosna Herlina Desmawati Yulfitri Elvira Linda Sri Rina
  Fitri Desi Yanti Zulfia Netti Misrawati Afni Yulnita Emiyati Roslaini Hasnah Efrida
`);
const FEMALE_YOUNGER = words(`
  Desi Fitri Rina Rahmi Weni Vivi Novita Yulia Lusi Febrina Suci Nadia Rizka Putri Dinda Annisa
  Mega Sinta Tika Winda Yola Silvia Ayu Dewi Indah Rani Elsa Melati Nurul Fadhila Hanifah Syifa
  Oktavia Zahra Rahmadani
`);
const FEMALE_SECOND = words(`
  Ratnasari Handayani Marlina Yanti Wati Sari Rahmawati Susanti Fitriani Lestari Wahyuni
  Oktaviani Anggraini Novianti Yulianti Puspita Mardiana Permatasari Safitri Maharani Syafitri
  Amelia Afriyani Rahmadani Yusnita Agustina Efrianti Nengsih Hayati Zuraida
`);

export function personalName(rng: Rng, gender: Gender, birthYear: number): string {
  const older = birthYear < 1982;
  const male = gender === 'L';
  const first = rng.pick(male ? (older ? MALE_OLDER : MALE_YOUNGER) : older ? FEMALE_OLDER : FEMALE_YOUNGER);
  // Many Minang civil servants of that generation carry a single name.
  if (rng.chance(older ? 0.35 : 0.15)) return first;
  const second = rng.pick(male ? MALE_SECOND : FEMALE_SECOND);
  return second === first ? first : `${first} ${second}`;
}

/** "dr. Rina Marlina, M.Kes.": titles ending in a space go before the name, the rest after a comma. */
export function withTitles(name: string, titles: readonly string[]): string {
  const before = titles.filter((t) => t.endsWith(' ')).join('');
  const after = titles.filter((t) => !t.endsWith(' '));
  return `${before}${name}${after.length > 0 ? `, ${after.join(', ')}` : ''}`;
}
