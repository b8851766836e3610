import {
  Box,
  Button,
  Checkbox,
  Chip,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
} from '@mui/material'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { DuplicateFile, DuplicateGroup } from '../../../shared/duplicates/duplicates.types'
import { useFormat } from '../format/format'

/** One group: the files side by side, one column each, and what can be decided about two of them. */
export function DuplicateGroupCard({
  group,
  canDecide,
  onMerge,
  onDismiss,
}: {
  group: DuplicateGroup
  canDecide: boolean
  onMerge: (a: number, b: number) => void
  onDismiss: (a: number, b: number) => void
}) {
  const { t } = useTranslation('duplicates')
  const { t: tc } = useTranslation('customers')
  const f = useFormat()
  const [picked, setPicked] = useState<number[]>(group.files.slice(0, 2).map((x) => x.id))
  const many = group.files.length > 2
  const pair = picked.length === 2 ? (picked as [number, number]) : null
  const none = t('none')
  const rows: [string, (x: DuplicateFile) => ReactNode][] = [
    [
      'name',
      (x) => (
        <Link component={RouterLink} to={`/customers/${x.id}`} sx={{ fontWeight: 600 }}>
          {x.name}
        </Link>
      ),
    ],
    ['mobile', (x) => x.mobile ?? none],
    [
      'documents',
      (x) =>
        x.documents.length
          ? x.documents.map((d) => `${tc(`docKind.${d.kind}`)} ${d.masked}`).join('\n')
          : none,
    ],
    ['birth', (x) => f.birth(x.birth, null, { year: true, label: true }) || none],
    ['trips', (x) => f.number(x.tripsCount)],
    ['lastContact', (x) => (x.lastContactAt ? f.date(x.lastContactAt) : none)],
    ['createdAt', (x) => f.date(x.createdAt)],
  ]
  const toggle = (id: number) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)))
  return (
    <Paper sx={{ p: 1.5 }} data-testid="duplicate-group" data-key={group.key}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        {group.reasons.map((r) => (
          <Chip key={r} size="small" color="warning" variant="outlined" label={t(`reasons.${r}`)} />
        ))}
        <Box sx={{ flexGrow: 1 }} />
        {canDecide && (
          <Tooltip title={many && !pair ? t('pickHint') : ''}>
            <span>
              <Button
                size="small"
                disabled={!pair}
                onClick={() => pair && onDismiss(pair[0], pair[1])}
                data-testid="duplicate-dismiss"
              >
                {t('dismiss')}
              </Button>
              <Button
                size="small"
                variant="contained"
                disabled={!pair}
                onClick={() => pair && onMerge(pair[0], pair[1])}
                data-testid="duplicate-merge"
                sx={{ ml: 1 }}
              >
                {t('merge')}
              </Button>
            </span>
          </Tooltip>
        )}
      </Stack>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" sx={{ tableLayout: 'fixed', minWidth: 160 + 220 * group.files.length }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 110 }}>{many && canDecide ? t('pick') : ''}</TableCell>
              {group.files.map((x) => (
                <TableCell key={x.id} sx={{ fontWeight: 600 }}>
                  {many && canDecide && (
                    <Checkbox
                      size="small"
                      checked={picked.includes(x.id)}
                      onChange={() => toggle(x.id)}
                      slotProps={{ input: { 'aria-label': `#${x.id}` } }}
                      sx={{ p: 0.5, mr: 0.5 }}
                    />
                  )}
                  #{x.id}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([key, cell]) => (
              <TableRow key={key}>
                <TableCell sx={{ color: 'text.secondary' }}>{t(`facts.${key}`)}</TableCell>
                {group.files.map((x) => (
                  <TableCell
                    key={x.id}
                    sx={{ whiteSpace: 'pre-line', wordBreak: 'break-all' }}
                    data-fact={key}
                  >
                    {cell(x)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Paper>
  )
}
