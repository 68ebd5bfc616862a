import { connection } from 'next/server';

/**
 * The minimal Next page the bench compares every scenario with: one dynamic server component rendering a
 * 40-row table (about 23 KiB as sent: the table and its RSC payload), built with the same `next` as the app, so its requests per second are
 * the most this machine can serve through Next at all.
 *
 * `?rows=N` (1–5000) renders N rows instead: `npm run bench -- --same-size` serves, beside each scenario, the
 * page grown to that scenario's size, which is what Next alone costs for that many bytes.
 */
export default async function BaselinePage({ searchParams }) {
  await connection(); // rendered per request, like every signed-in page of the app
  const asked = Number((await searchParams).rows);
  const length = Number.isInteger(asked) && asked >= 1 && asked <= 5000 ? asked : 40;
  const rows = Array.from({ length }, (_, i) => ({
    no: i + 1,
    name: `Pegawai contoh nomor ${i + 1}`,
    unit: `Bidang ${String.fromCharCode(65 + (i % 6))}, Dinas Pendidikan dan Kebudayaan`,
    reports: (i * 7) % 23,
    status: i % 3 === 0 ? 'Menunggu validasi' : 'Disetujui',
  }));
  return (
    <main>
      <h1>Laporan harian tim</h1>
      <p>Halaman dasar untuk pengukuran: satu komponen server dinamis dengan tabel {length} baris.</p>
      <table>
        <thead>
          <tr>
            <th>No</th>
            <th>Nama</th>
            <th>Unit kerja</th>
            <th>Laporan</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.no}>
              <td>{r.no}</td>
              <td>{r.name}</td>
              <td>{r.unit}</td>
              <td>{r.reports}</td>
              <td>{r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
