import {
  Box,
  IconButton,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import StarRounded from '@mui/icons-material/StarRounded'
import StarBorderRounded from '@mui/icons-material/StarBorderRounded'
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined'
import { useTranslation } from 'react-i18next'
import { travellerName } from '../travellerName'
import { Link as RouterLink } from 'react-router'
import type { ParticipantView } from '../../../../shared/trips/trip.types'
import { NeedChips, roommateProblems } from './participantParts'

const dash = (
  <Box component="span" sx={{ color: 'text.secondary' }}>
    —
  </Box>
)
const cell = (v: string | null) => (v ? v : dash)

/** The participant list; each row has the element id `participant-<id>` (checks scroll to it). */
export function ParticipantTable({
  participants: ps,
  highlight,
  onEdit,
  onRemove,
  onToggleRepresentative,
}: {
  participants: ParticipantView[]
  highlight: number | null
  onEdit: (p: ParticipantView) => void
  onRemove: (p: ParticipantView) => void
  onToggleRepresentative: (p: ParticipantView) => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tc } = useTranslation('customers')
  const byId = new Map(ps.map((p) => [p.id, p]))
  const bad = roommateProblems(ps)
  const col = (k: string) => t(`participants.col.${k}`)

  return (
    <Table size="small" data-testid="participant-table" sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 28 }}>#</TableCell>
          <TableCell>{col('name')}</TableCell>
          <TableCell>{col('priceType')}</TableCell>
          <TableCell>{col('contractNo')}</TableCell>
          <TableCell>{col('room')}</TableCell>
          <TableCell>{col('seat')}</TableCell>
          <TableCell>{col('insuranceNo')}</TableCell>
          <TableCell>{col('needs')}</TableCell>
          <TableCell>{col('notes')}</TableCell>
          <TableCell sx={{ width: 80 }} />
        </TableRow>
      </TableHead>
      <TableBody>
        {ps.map((p, i) => {
          const c = p.customer
          const mate = p.roommateId != null ? byId.get(p.roommateId) : undefined
          // a deleted traveller has no gender, age or phone left to show
          const detail = (
            c.id === null
              ? []
              : [
                  tc(`gender.${c.gender}`, { defaultValue: '' }),
                  c.age != null ? tc('age', { age: c.age }) : null,
                  c.mobile,
                ]
          ).filter(Boolean)
          return (
            <TableRow
              key={p.id}
              id={`participant-${p.id}`}
              hover
              onDoubleClick={() => onEdit(p)}
              data-testid={`participant-row-${p.id}`}
              data-highlight={highlight === p.id}
              sx={{
                verticalAlign: 'top',
                transition: 'background-color .6s',
                ...(highlight === p.id && { bgcolor: '#fff8e1 !important' }),
              }}
            >
              <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
              <TableCell sx={{ minWidth: 150 }}>
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <Tooltip
                    title={
                      p.representative
                        ? t('participants.isRepresentative')
                        : t('participants.makeRepresentative')
                    }
                  >
                    <IconButton
                      size="small"
                      sx={{ ml: -0.5, p: 0.25, color: p.representative ? '#f9a825' : 'text.disabled' }}
                      onClick={() => onToggleRepresentative(p)}
                      data-testid={`participant-star-${p.id}`}
                      aria-pressed={p.representative}
                    >
                      {p.representative ? (
                        <StarRounded fontSize="small" />
                      ) : (
                        <StarBorderRounded fontSize="small" />
                      )}
                    </IconButton>
                  </Tooltip>
                  {c.id === null ? (
                    <Typography
                      variant="body2"
                      color="text.secondary"
                      sx={{ fontStyle: 'italic' }}
                      data-testid={`participant-name-${p.id}`}
                    >
                      {travellerName(c, t)}
                    </Typography>
                  ) : (
                    <Link
                      component={RouterLink}
                      to={`/customers/${c.id}`}
                      sx={{ fontWeight: 600 }}
                      data-testid={`participant-name-${p.id}`}
                    >
                      {c.name}
                    </Link>
                  )}
                </Stack>
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block', pl: 3.25 }}>
                  {detail.join(' · ')}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid={`participant-type-${p.id}`}>
                {t(`priceType.${p.priceType}`)}
              </TableCell>
              <TableCell>{cell(p.contractNo)}</TableCell>
              <TableCell sx={{ minWidth: 120 }} data-testid={`participant-room-${p.id}`}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {p.roomNo ? t('participants.roomShort', { room: p.roomNo }) : dash}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="div">
                  {[
                    mate && t('participants.withMate', { name: travellerName(mate.customer, t) }),
                    p.singleRoom && t('participants.singleRoomShort'),
                    !p.bed && t('participants.noBed'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {bad.has(p.id) && (
                    <Tooltip title={t('participants.mateMismatch')}>
                      <WarningAmberOutlined
                        color="warning"
                        sx={{ fontSize: 16, ml: 0.5, verticalAlign: 'text-bottom' }}
                        data-testid={`participant-mismatch-${p.id}`}
                      />
                    </Tooltip>
                  )}
                </Typography>
              </TableCell>
              <TableCell>{cell(p.seat)}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{cell(p.insuranceNo)}</TableCell>
              <TableCell sx={{ maxWidth: 220 }}>
                <NeedChips c={c} testId={`participant-needs-${p.id}`} />
              </TableCell>
              <TableCell sx={{ maxWidth: 180, overflowWrap: 'anywhere', color: 'text.secondary' }}>
                {cell(p.notes)}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
                <Tooltip title={t('participants.edit')}>
                  <IconButton size="small" onClick={() => onEdit(p)} data-testid={`participant-edit-${p.id}`}>
                    <EditOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title={t('participants.remove')}>
                  <IconButton
                    size="small"
                    onClick={() => onRemove(p)}
                    data-testid={`participant-remove-${p.id}`}
                  >
                    <DeleteOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
