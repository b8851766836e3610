import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { SupplierKind } from '../../../shared/trips/trip.schema'
import type { SupplierView } from '../../../shared/trips/trip.types'
import { ResourceRow } from './parts'

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
          <ResourceRow
            key={s.id}
            prefix="supplier"
            id={s.id}
            active={s.active}
            onOpen={onOpen}
            onEdit={onEdit}
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
          </ResourceRow>
        ))}
      </TableBody>
    </Table>
  )
}
