import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import EditOutlined from '@mui/icons-material/EditOutlined'
import { useTranslation } from 'react-i18next'
import type { SupplierKind } from '../../../shared/trips/trip.schema'
import type { SupplierView } from '../../../shared/trips/trip.types'
import { ActiveChip } from './parts'

export const kindColor: Record<SupplierKind, string> = {
  ground_operator: '#00695c',
  hotel: '#5e35b1',
  coach: '#1565c0',
  restaurant: '#c62828',
  sight: '#2e7d32',
  ticketing: '#6d4c41',
  insurer: '#ad1457',
  other: '#546e7a',
}

export function KindChip({ kind }: { kind: SupplierKind }) {
  const { t } = useTranslation('resources')
  return (
    <Chip
      size="small"
      variant="outlined"
      label={t(`supplierKind.${kind}`)}
      sx={{ color: kindColor[kind], borderColor: kindColor[kind], fontWeight: 600 }}
    />
  )
}

export function SupplierTable({
  rows,
  onOpen,
  onEdit,
}: {
  rows: SupplierView[]
  onOpen: (id: number) => void
  onEdit: (id: number) => void
}) {
  const { t } = useTranslation('resources')
  return (
    <Table size="small" stickyHeader aria-label={t('suppliers.title')} data-testid="supplier-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('suppliers.columns.kind')}</TableCell>
          <TableCell>{t('suppliers.columns.name')}</TableCell>
          <TableCell>{t('suppliers.columns.licenceNo')}</TableCell>
          <TableCell>{t('suppliers.columns.contact')}</TableCell>
          <TableCell>{t('suppliers.columns.phone')}</TableCell>
          <TableCell>{t('suppliers.columns.address')}</TableCell>
          <TableCell>{t('suppliers.columns.status')}</TableCell>
          <TableCell align="right">{t('suppliers.columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((s) => (
          <TableRow
            key={s.id}
            hover
            onClick={() => onOpen(s.id)}
            sx={{ cursor: 'pointer', '& td': { color: s.active ? undefined : 'text.disabled' } }}
            data-testid="supplier-row"
            data-id={s.id}
          >
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <KindChip kind={s.kind} />
            </TableCell>
            <TableCell>
              <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="supplier-name">
                {s.name}
              </Typography>
            </TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }} data-testid="supplier-licence">
              {s.licenceNo}
            </TableCell>
            <TableCell>{s.contactPerson}</TableCell>
            <TableCell sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{s.phone}</TableCell>
            <TableCell sx={{ maxWidth: 280 }}>{s.address}</TableCell>
            <TableCell>
              <ActiveChip active={s.active} />
            </TableCell>
            <TableCell align="right">
              <Button
                size="small"
                startIcon={<EditOutlined />}
                onClick={(e) => {
                  e.stopPropagation()
                  onEdit(s.id)
                }}
                data-testid="supplier-edit"
              >
                {t('shared.edit')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
