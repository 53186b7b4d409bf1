import type { APIRoute, GetStaticPaths } from 'astro';
import { kitDocEntries, kitDocModel, type KitDocEntry } from '../../../lib/classroom/kit-docs';
import { buildDocx } from '../../../lib/classroom/docx/build-docx';

export const getStaticPaths = (async () =>
  (await kitDocEntries()).map((entry) => ({ params: { slug: entry.slug }, props: { entry } }))) satisfies GetStaticPaths;

/** /classroom/downloads/<slug>.docx: the kit page as an editable Word file, built from the same content. */
export const GET: APIRoute<{ entry: KitDocEntry }> = async ({ props, site }) =>
  new Response(new Uint8Array(await buildDocx(await kitDocModel(props.entry), site)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
