/** The baseline's whole layout: a document and nothing else (no fonts, styles, providers or scripts of ours). */
export const metadata = { title: 'Baseline' };

export default function RootLayout({ children }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  );
}
