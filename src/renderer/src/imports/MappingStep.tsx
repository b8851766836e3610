import {
  Alert,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import type { HeaderChoice, OpenedFile } from '../../../shared/imports/imports.types'
import type { ImportField } from '../../../shared/imports/resource-fields'
import { fieldsOf } from '../../../shared/imports/resource-fields'
import { fieldLabel } from './target-words'

type Mapping = Record<string, ImportField>

interface Props {
  target: ImportTarget
  opened: OpenedFile
  sheet: number
  headerRow: number
  choice: HeaderChoice
  mapping: Mapping
  onWhere: (sheet: number, headerRow: number) => void
  onMapping: (m: Mapping) => void
  onCheck: () => void
  fieldErrors: Record<string, string>
}

/** Which sheet, which row holds the headers, and which column fills which field of the record. */
export function MappingStep(p: Props) {
  const { t } = useTranslation('imports')
  const preview = p.opened.sheets[p.sheet]?.preview ?? []
  const sample = (col: number) => preview.slice(p.headerRow + 1).find((r) => r[col]?.trim())?.[col] ?? ''
  const setField = (col: number, f: ImportField | '') => {
    const next: Mapping = {}
    for (const [c, v] of Object.entries(p.mapping)) if (Number(c) !== col && v !== f) next[c] = v
    if (f) next[String(col)] = f
    p.onMapping(next)
  }
  const problem = p.fieldErrors.mapping ?? p.fieldErrors._
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('sheet')}
          value={p.sheet}
          onChange={(e) => p.onWhere(Number(e.target.value), 0)}
          sx={{ minWidth: 220 }}
          data-testid="import-sheet"
        >
          {p.opened.sheets.map((s, i) => (
            <MenuItem key={i} value={i}>
              {s.name} · {t('rows', { count: s.rowCount })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('headerRow')}
          value={p.headerRow}
          onChange={(e) => p.onWhere(p.sheet, Number(e.target.value))}
          sx={{ minWidth: 160 }}
          data-testid="import-header-row"
        >
          {preview.slice(0, 6).map((_, i) => (
            <MenuItem key={i} value={i}>
              {t('rowOf', { n: i + 1 })}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Alert severity="info">{p.choice.remembered ? t('remembered') : t('suggested')}</Alert>
      {problem && <Alert severity="error">{problem}</Alert>}
      <Table size="small" data-testid="import-mapping">
        <TableHead>
          <TableRow>
            <TableCell>{t('column')}</TableCell>
            <TableCell>{t('sample')}</TableCell>
            <TableCell>{t('field')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {p.choice.headers.map((h, col) => (
            <TableRow key={col}>
              <TableCell sx={{ fontWeight: 600 }}>{h || '—'}</TableCell>
              <TableCell
                sx={{
                  color: 'text.secondary',
                  maxWidth: 240,
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                {sample(col)}
              </TableCell>
              <TableCell sx={{ width: 240 }}>
                <TextField
                  select
                  size="small"
                  fullWidth
                  value={p.mapping[String(col)] ?? ''}
                  onChange={(e) => setField(col, e.target.value as ImportField | '')}
                  slotProps={{ htmlInput: { 'data-testid': `import-map-${col}`, 'aria-label': h } }}
                >
                  <MenuItem value="">{t('ignore')}</MenuItem>
                  {fieldsOf(p.target).map((f) => (
                    <MenuItem key={f} value={f}>
                      {fieldLabel(t, p.target, f)}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row">
        <Button variant="contained" onClick={p.onCheck} data-testid="import-check">
          {t('check')}
        </Button>
      </Stack>
    </Stack>
  )
}
