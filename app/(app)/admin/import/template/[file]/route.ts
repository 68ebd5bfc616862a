import { TEMPLATE_FILES, type TemplateFile, templateFile } from '@/lib/admin/import/template';
import { canManageOrganisation } from '@/lib/auth/policy';
import { pageViewer } from '@/lib/auth/viewer';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

/** The import's two files with a few example rows, CSV or XLSX: for admins only. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const viewer = await pageViewer();
  const { file } = await params;
  if (!viewer || !canManageOrganisation(viewer) || !TEMPLATE_FILES.includes(file as TemplateFile))
    return notFound();
  const { body, type } = await templateFile(file as TemplateFile);
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="template-siasn-${file}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
