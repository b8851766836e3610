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
import DoNotDisturbOnOutlined from '@mui/icons-material/DoNotDisturbOnOutlined'
import { useTranslation } from 'react-i18next'
import type { CustomerRow } from '../../../../shared/customers/customer.types'
import type { CustomerSortKey } from '../../../../shared/customers/customers.api'
import { useFormat } from '../../format/format'
import { TierChip } from '../TierChip'
import type { ListState } from './listState'

interface Props {
  rows: CustomerRow[]
  s: ListState
  active: number
  onSort: (k: CustomerSortKey) => void
  onOpen: (id: number) => void
  onHover: (i: number) => void
}

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
    <Table
      size="small"
      stickyHeader
      aria-label={t('title')}
      data-testid="customer-table"
      // denser than the app's tables: 12+ customers fit at 1366×768, and every column at 125% scaling
      sx={{ '& th': { whiteSpace: 'nowrap' }, '& td, & th': { py: '5px', px: 1 } }}
    >
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
              {/* one line per customer: name, then the passport pinyin in grey where there is room */}
              <Box sx={{ maxWidth: 250, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                <Typography
                  component="span"
                  variant="body2"
                  sx={{ fontWeight: 600 }}
                  data-testid="customer-name"
                >
                  {r.name}
                </Typography>
                {r.pinyinName && (
                  <Typography
                    component="span"
                    variant="caption"
                    color="text.secondary"
                    sx={{ ml: 1, display: { xs: 'none', lg: 'inline' } }}
                  >
                    {r.pinyinName}
                  </Typography>
                )}
                {/* below 1200 px (125% scaling) the warning is its red icon,
                    its words kept for the screen reader and on hover, so the list's last columns still fit the window */}
                {r.doNotContact && (
                  <Chip
                    size="small"
                    color="error"
                    icon={<DoNotDisturbOnOutlined />}
                    label={t('filters.doNotContact')}
                    title={t('filters.doNotContact')}
                    data-testid="customer-dnc"
                    sx={{
                      ml: 1,
                      height: 18,
                      // holds the hidden label: placed by the page instead, a row below the fold would stretch it
                      position: 'relative',
                      '& .MuiChip-icon': { fontSize: 14, display: { xs: 'block', lg: 'none' }, mx: '2px' },
                      '& .MuiChip-label': {
                        '@media (max-width: 1199.95px)': {
                          position: 'absolute',
                          width: '1px',
                          height: '1px',
                          overflow: 'hidden',
                          clip: 'rect(0 0 0 0)',
                          whiteSpace: 'nowrap',
                          p: 0,
                        },
                      },
                    }}
                  />
                )}
              </Box>
            </TableCell>
            <TableCell>{t(`gender.${r.gender}`)}</TableCell>
            <TableCell align="right">{r.age ?? ''}</TableCell>
            <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{r.mobile}</TableCell>
            <TableCell>{r.tier !== 'none' && <TierChip tier={r.tier} sx={{ height: 20 }} />}</TableCell>
            <TableCell>
              <Stack
                direction="row"
                spacing={0.5}
                sx={{ flexWrap: 'nowrap' }}
                title={r.tags.join(t('common:listSeparator'))}
              >
                {r.tags.slice(0, 2).map((tag) => (
                  <Chip key={tag} size="small" label={tag} sx={{ height: 20 }} />
                ))}
                {r.tags.length > 2 && (
                  <Chip size="small" variant="outlined" label={`+${r.tags.length - 2}`} sx={{ height: 20 }} />
                )}
              </Stack>
            </TableCell>
            <TableCell>
              <Box
                sx={{ color: 'warning.dark', fontSize: 13, whiteSpace: 'nowrap' }}
                data-testid="customer-needs"
              >
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
