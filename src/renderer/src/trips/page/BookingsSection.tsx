import {
  Box,
  Button,
  Chip,
  IconButton,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BookingView, TripDetail } from '../../../../shared/trips/trip.types'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { msgText } from '../../components/useFormErrors'
import { ConfirmDialog } from '../../customers/profile/ConfirmDialog'
import { BookingDialog } from './BookingDialog'
import { useDayLabel } from './parts'

const dash = (
  <Box component="span" sx={{ color: 'text.secondary' }}>
    —
  </Box>
)

/** Supplier bookings (确认件): who, for which day or item, requested or confirmed. */
export function BookingsSection({
  trip,
  reload,
  notify,
}: {
  trip: TripDetail
  reload: () => void
  notify: (s: string, severity?: 'success' | 'error') => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const dl = useDayLabel()
  const suppliers = useQuery(() => api.suppliers.list({}), [], ['supplier'])
  const [dialog, setDialog] = useState<{ open: boolean; n: number; b: BookingView | null }>({
    open: false,
    n: 0,
    b: null,
  })
  const [removing, setRemoving] = useState<{ open: boolean; b: BookingView | null }>({ open: false, b: null })
  const items = new Map(trip.days.flatMap((d) => d.items).map((i) => [i.id, i]))

  const toggle = async (b: BookingView) => {
    const status = b.status === 'confirmed' ? 'requested' : 'confirmed'
    const r = await api.trips.updateBooking({
      id: b.id,
      version: b.version,
      status,
      confirmationNo: b.confirmationNo,
      notes: b.notes,
    })
    if (!r.ok) notify(msgText(tr, r.error.msg), 'error')
    reload()
  }

  const when = (b: BookingView) => {
    const d = b.dayNo != null ? trip.days.find((x) => x.dayNo === b.dayNo) : undefined
    const item = b.itemId != null ? items.get(b.itemId) : undefined
    if (!d) return <Typography variant="body2">{t('bookings.wholeTrip')}</Typography>
    return (
      <>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          D{d.dayNo} · {dl.monthDay(d.date)}
        </Typography>
        {item && (
          <Typography variant="caption" color="text.secondary">
            {[item.time, item.title].filter(Boolean).join(' ')}
          </Typography>
        )}
      </>
    )
  }

  return (
    <Paper sx={{ p: 2 }} data-testid="bookings-section">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('bookings.title')}
        </Typography>
        <Button
          startIcon={<AddOutlined />}
          onClick={() => setDialog((s) => ({ open: true, n: s.n + 1, b: null }))}
          data-testid="booking-add"
        >
          {t('bookings.add')}
        </Button>
      </Stack>
      {trip.bookings.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }} data-testid="bookings-empty">
          {t('bookings.empty')}
        </Typography>
      ) : (
        <Table size="small" data-testid="booking-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('bookings.supplier')}</TableCell>
              <TableCell>{t('bookings.when')}</TableCell>
              <TableCell>{t('bookings.status')}</TableCell>
              <TableCell>{t('bookings.confirmationNo')}</TableCell>
              <TableCell>{t('bookings.notes')}</TableCell>
              <TableCell sx={{ width: 80 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {trip.bookings.map((b) => (
              <TableRow key={b.id} hover data-testid={`booking-row-${b.id}`} sx={{ verticalAlign: 'top' }}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {b.supplier.name}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {t(`supplierKind.${b.supplier.kind}`)}
                  </Typography>
                </TableCell>
                <TableCell>{when(b)}</TableCell>
                <TableCell>
                  <Tooltip title={t('bookings.toggle')}>
                    <Chip
                      size="small"
                      clickable
                      variant={b.status === 'confirmed' ? 'filled' : 'outlined'}
                      color={b.status === 'confirmed' ? 'success' : 'warning'}
                      icon={b.status === 'confirmed' ? <CheckCircleOutlined /> : <HourglassEmptyOutlined />}
                      label={t(`bookingStatus.${b.status}`)}
                      onClick={() => void toggle(b)}
                      data-testid={`booking-status-${b.id}`}
                    />
                  </Tooltip>
                </TableCell>
                <TableCell>{b.confirmationNo ?? dash}</TableCell>
                <TableCell sx={{ maxWidth: 260, overflowWrap: 'anywhere', color: 'text.secondary' }}>
                  {b.notes ?? dash}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
                  <Tooltip title={t('bookings.edit')}>
                    <IconButton
                      size="small"
                      onClick={() => setDialog((s) => ({ open: true, n: s.n + 1, b }))}
                      data-testid={`booking-edit-${b.id}`}
                    >
                      <EditOutlined fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={t('bookings.remove')}>
                    <IconButton
                      size="small"
                      onClick={() => setRemoving({ open: true, b })}
                      data-testid={`booking-remove-${b.id}`}
                    >
                      <DeleteOutlined fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <BookingDialog
        key={dialog.n}
        open={dialog.open}
        trip={trip}
        booking={dialog.b}
        suppliers={suppliers.data ?? []}
        onClose={() => setDialog((s) => ({ ...s, open: false }))}
        onSaved={() => {
          setDialog((s) => ({ ...s, open: false }))
          notify(tr('saved'))
          reload()
        }}
      />
      <ConfirmDialog
        open={removing.open}
        title={t('bookings.removeTitle')}
        text={t('bookings.removeText', { name: removing.b?.supplier.name ?? '' })}
        confirmLabel={tr('actions.delete')}
        testId="booking-remove-confirm"
        onClose={() => setRemoving((s) => ({ ...s, open: false }))}
        onConfirm={async () => {
          await unwrap(api.trips.removeBooking({ id: removing.b!.id }))
          reload()
        }}
      />
    </Paper>
  )
}
