import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { RejectedRow } from '../../../shared/imports/imports.types'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import { msgText } from '../components/useFormErrors'
import { fieldLabel } from './target-words'

/** "身份证号：校验位不对" — the column and the form's own message, as the report writes it too */
export function problemText(t: TFunction, r: RejectedRow, target: ImportTarget): string {
  return r.problems
    .map((p) => t('imports:problemText', { field: fieldLabel(t, target, p.field), text: msgText(t, p.msg) }))
    .join(t('imports:problemJoin'))
}

export function RejectedTable({
  rows,
  testId,
  target,
}: {
  rows: RejectedRow[]
  testId: string
  target: ImportTarget
}) {
  const { t } = useTranslation()
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 80 }}>{t('imports:row')}</TableCell>
          <TableCell sx={{ width: 160 }}>{fieldLabel(t, target, 'name')}</TableCell>
          <TableCell>{t('imports:problem')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.slice(0, 200).map((r) => (
          <TableRow key={r.row}>
            <TableCell>{r.row}</TableCell>
            <TableCell>{r.name}</TableCell>
            <TableCell>{problemText(t, r, target)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
