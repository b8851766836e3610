import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material'
import ArrowDropDownOutlined from '@mui/icons-material/ArrowDropDownOutlined'
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TripStatus } from '../../../../shared/trips/trip.schema'
import { transitions } from '../../../../shared/trips/status'
import { statusColors } from './StatusChip'

/** Offers only the moves main allows from the current status; the choice is confirmed in a dialog. */
export function StatusMenu({ status, onPick }: { status: TripStatus; onPick: (to: TripStatus) => void }) {
  const { t } = useTranslation('trips')
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const next = transitions[status]
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        startIcon={<SwapHorizOutlined />}
        endIcon={<ArrowDropDownOutlined />}
        onClick={(e) => setAnchor(e.currentTarget)}
        disabled={next.length === 0}
        data-testid="trip-status-menu"
        aria-haspopup="menu"
      >
        {t('page.changeStatus')}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {next.map((to) => (
          <MenuItem
            key={to}
            onClick={() => {
              setAnchor(null)
              onPick(to)
            }}
            data-testid={`trip-status-to-${to}`}
          >
            <ListItemIcon sx={{ minWidth: 28 }}>
              <span
                style={{
                  display: 'inline-block',
                  width: 12,
                  height: 12,
                  borderRadius: 6,
                  background: statusColors[to].fg,
                }}
              />
            </ListItemIcon>
            <ListItemText primary={t(`status.${to}`)} secondary={t(`statusMove.${status}_${to}`)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
