import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { CustomerRow } from '../../../../shared/customers/customer.types'
import type { CustomerSortKey } from '../../../../shared/customers/customers.api'
import { useFormat } from '../../format/format'
import type { ListState } from './listState'

interface Props {
  rows: CustomerRow[]
  s: ListState
  active: number
  onSort: (k: CustomerSortKey) => void
  onOpen: (id: number) => void
  onHover: (i: number) => void
}

const tierColor = {
  none: 'default',
  member: 'default',
  silver: 'info',
  gold: 'warning',
  platinum: 'secondary',
} as const

export function CustomerTable({ rows, s, active, onSort, onOpen, onHover }: Props) {
  const { t } = useTranslation('customers')
  const f = useFormat()
  const sortable = (k: CustomerSortKey, label: string) => (
    <TableSortLabel
      active={s.sort === k}
      direction={s.sort === k ? s.dir : 'asc'}
      onClick={() => onSort(k)}
      data-testid={`sort-${k}`}
    >
      {label}
    </TableSortLabel>
  )
  return (
    <Table size="small" stickyHeader aria-label={t('title')} data-testid="customer-table">
      <TableHead>
        <TableRow>
          <TableCell>{sortable('name', t('columns.name'))}</TableCell>
          <TableCell>{t('columns.gender')}</TableCell>
          <TableCell align="right">{t('columns.age')}</TableCell>
          <TableCell>{t('columns.mobile')}</TableCell>
          <TableCell>{sortable('tier', t('columns.tier'))}</TableCell>
          <TableCell>{t('columns.tags')}</TableCell>
          <TableCell>{t('columns.needs')}</TableCell>
          <TableCell>{t('columns.birthday')}</TableCell>
          <TableCell>{sortable('updatedAt', t('columns.updatedAt'))}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow
            key={r.id}
            hover
            selected={i === active}
            onClick={() => onOpen(r.id)}
            onMouseEnter={() => onHover(i)}
            sx={{ cursor: 'pointer' }}
            data-testid="customer-row"
            aria-selected={i === active}
          >
            <TableCell>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                <span data-testid="customer-name">{r.name}</span>
                {r.doNotContact && (
                  <Chip
                    size="small"
                    color="error"
                    label={t('filters.doNotContact')}
                    sx={{ ml: 1, height: 18 }}
                  />
                )}
              </Typography>
              {r.pinyinName && (
                <Typography variant="caption" color="text.secondary">
                  {r.pinyinName}
                </Typography>
              )}
            </TableCell>
            <TableCell>{t(`gender.${r.gender}`)}</TableCell>
            <TableCell align="right">{r.age ?? ''}</TableCell>
            <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{r.mobile}</TableCell>
            <TableCell>
              {r.tier !== 'none' && (
                <Chip size="small" variant="outlined" color={tierColor[r.tier]} label={t(`tier.${r.tier}`)} />
              )}
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                {r.tags.map((tag) => (
                  <Chip key={tag} size="small" label={tag} />
                ))}
              </Stack>
            </TableCell>
            <TableCell>
              <Box sx={{ color: 'warning.dark', fontSize: 13 }} data-testid="customer-needs">
                {r.needs.map((n) => t(`need.${n}`)).join(t('common:listSeparator'))}
              </Box>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="customer-birthday">
              {/* the lunar date as said (农历八月十五), with the next celebration's solar date beside it */}
              {f.birth(r.birth, r.nextBirthday, { label: r.birth?.calendar === 'lunar' })}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>
              {f.date(r.updatedAt)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
