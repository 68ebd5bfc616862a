import { NotFoundMessage } from '@/components/not-found-message';

/** notFound() in a signed-in page (someone else's record, an unknown id): inside the layout's <main>. */
export default function AppNotFound() {
  return <NotFoundMessage />;
}
