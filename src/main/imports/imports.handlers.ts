import type { ApiContract } from '../../shared/api/registry'
import { dayIn } from '../../shared/common/dates'
import type { ImportTarget } from '../../shared/imports/import-fields'
import { headerSignature } from '../../shared/imports/import-fields'
import type { ImportEncoding } from '../../shared/imports/imports.types'
import type { ImportField } from '../../shared/imports/resource-fields'
import { fieldsOf, suggestMappingFor } from '../../shared/imports/resource-fields'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor } from '../core/context'
import { writeXlsx } from '../spreadsheet/xlsx'
import { dryRunOf } from './analyse'
import { importKindOf } from './import-kinds'
import { runImport, saveMapping } from './import-run'
import { undoImport } from './import-undo'
import { fileFor, groupedRows, openImportFile, sheetOf } from './open-files'

/** a remembered mapping still fits the sheet only if every column it names has a header there */
function rememberedFits(
  json: string,
  headers: string[],
  target: ImportTarget,
): Record<string, ImportField> | null {
  const m = JSON.parse(json) as Record<string, ImportField>
  const ok = Object.entries(m).every(
    ([col, f]) => Number(col) < headers.length && fieldsOf(target).includes(f),
  )
  return ok ? m : null
}

export function importHandlers(ctx: Ctx): Handlers<ApiContract>['imports'] {
  const { db } = ctx
  return {
    open: (input, session) => openImportFile(actor(session).id, input.fileName, input.data),

    async headers(input, session) {
      const { headers } = sheetOf(fileFor(input.token, actor(session).id), input.sheet, input.headerRow)
      const saved = await db
        .selectFrom('import_mappings')
        .select('mapping')
        .where('target', '=', input.target)
        .where('signature', '=', headerSignature(headers))
        .executeTakeFirst()
      const remembered = saved ? rememberedFits(saved.mapping, headers, input.target) : null
      return {
        headers,
        mapping: remembered ?? suggestMappingFor(input.target, headers),
        remembered: !!remembered,
      }
    },

    async dryRun(input, session) {
      const f = fileFor(input.token, actor(session).id)
      const { headers } = sheetOf(f, input.sheet, input.headerRow)
      const kind = await importKindOf(db, input)
      // the mapping confirmed by a dry run is the one to offer for this sheet next time (saved
      // first: a write after the lookup would keep the import from reusing it, see groupedRows)
      await saveMapping(ctx, input.target, headers, input.mapping)
      const a = await groupedRows(db, f, kind, input, dayIn(ctx.clock()))
      return dryRunOf(a, kind.display, kind.choicesOf)
    },

    run: async (input, session) =>
      runImport(ctx, session, fileFor(input.token, actor(session).id), await importKindOf(db, input), input),

    async cancel(input, session) {
      fileFor(input.token, actor(session).id).cancelled = true
      return null
    },

    async list(input) {
      const rows = await db
        .selectFrom('import_runs as r')
        .leftJoin('staff as s', 's.id', 'r.created_by')
        .selectAll('r')
        .where('r.target', '=', input.target)
        .$if(input.tripId !== undefined, (q) => q.where('r.trip_id', '=', input.tripId!))
        .select('s.name as by_name')
        .orderBy('r.id', 'desc')
        .limit(50)
        .execute()
      return rows.map((r) => ({
        id: r.id,
        fileName: r.file_name,
        encoding: r.encoding as ImportEncoding,
        at: r.created_at,
        byName: r.by_name,
        created: r.created_count,
        updated: r.updated_count,
        skipped: r.skipped_count,
        rejected: r.rejected_count,
        undoneAt: r.undone_at,
        version: r.version,
      }))
    },

    async undo(input, session) {
      await undoImport(ctx, actor(session).id, input.id, input.version)
      return null
    },

    async reportFile(input) {
      const bytes = await writeXlsx([
        {
          name: 'Report',
          columns: input.columns.map((header) => ({ header, width: 24, text: true })),
          rows: input.rows,
        },
      ])
      return { data: bytes.toString('base64') }
    },
  }
}
