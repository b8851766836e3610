import { Box, Button, Chip, Paper, Stack, Tooltip, Typography } from '@mui/material'
import KingBedOutlined from '@mui/icons-material/KingBedOutlined'
import MeetingRoomOutlined from '@mui/icons-material/MeetingRoomOutlined'
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined'
import { useTranslation } from 'react-i18next'
import { travellerName } from '../travellerName'
import type { ParticipantView } from '../../../../shared/trips/trip.types'
import { roommateProblems } from './participantParts'

/** Participants grouped by room number; those without a room come first, to be placed. */
export function RoomingView({
  participants: ps,
  onEdit,
}: {
  participants: ParticipantView[]
  onEdit: (p: ParticipantView) => void
}) {
  const { t } = useTranslation('tripPage')
  const bad = roommateProblems(ps)
  const rooms = new Map<string, ParticipantView[]>()
  for (const p of ps) {
    if (!p.roomNo) continue
    rooms.set(p.roomNo, [...(rooms.get(p.roomNo) ?? []), p])
  }
  const sorted = [...rooms.entries()].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }))
  const unplaced = ps.filter((p) => !p.roomNo)

  const person = (p: ParticipantView) => (
    <Stack
      key={p.id}
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', py: 0.5 }}
      data-testid={`room-person-${p.id}`}
    >
      <Button
        size="small"
        onClick={() => onEdit(p)}
        sx={{ fontWeight: 600, minWidth: 0, px: 0.5 }}
        data-testid={`room-edit-${p.id}`}
      >
        {travellerName(p.customer, t)}
      </Button>
      <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1 }}>
        {[
          t(`priceType.${p.priceType}`),
          !p.bed && p.priceType !== 'child_no_bed' && t('participants.noBed'),
          p.singleRoom && t('participants.singleRoomShort'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {bad.has(p.id) && (
        <Tooltip title={t('participants.mateMismatch')}>
          <WarningAmberOutlined color="warning" fontSize="small" />
        </Tooltip>
      )}
    </Stack>
  )

  return (
    <Box data-testid="rooming-view">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }} data-testid="rooming-summary">
        {t('rooming.summary', { rooms: rooms.size, unplaced: unplaced.length })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 1.5 }}>
        {unplaced.length > 0 && (
          <Paper sx={{ p: 1.5, borderStyle: 'dashed', bgcolor: '#fffdf5' }} data-testid="room-unplaced">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
              <MeetingRoomOutlined color="warning" fontSize="small" />
              <Typography sx={{ fontWeight: 700 }}>{t('rooming.unplaced')}</Typography>
              <Chip size="small" label={unplaced.length} />
            </Stack>
            {unplaced.map(person)}
          </Paper>
        )}
        {sorted.map(([room, people]) => {
          const beds = people.filter((p) => p.bed).length
          return (
            <Paper key={room} sx={{ p: 1.5 }} data-testid={`room-${room}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
                <KingBedOutlined color="primary" fontSize="small" />
                <Typography sx={{ fontWeight: 700, flexGrow: 1 }}>
                  {t('participants.roomShort', { room })}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {t('rooming.people', { count: people.length, beds })}
                </Typography>
              </Stack>
              {people.map(person)}
            </Paper>
          )
        })}
      </Box>
    </Box>
  )
}
