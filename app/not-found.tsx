import { NotFoundMessage } from '@/components/not-found-message';

/** An address that matches no page: rendered in the root layout alone, so it brings its own <main>. */
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundMessage />
    </main>
  );
}
