import { Chip } from '@mui/material'
import PhotoCameraOutlined from '@mui/icons-material/PhotoCameraOutlined'
import RestaurantOutlined from '@mui/icons-material/RestaurantOutlined'
import HotelOutlined from '@mui/icons-material/HotelOutlined'
import DirectionsBusOutlined from '@mui/icons-material/DirectionsBusOutlined'
import WbSunnyOutlined from '@mui/icons-material/WbSunnyOutlined'
import ShoppingBagOutlined from '@mui/icons-material/ShoppingBagOutlined'
import PaidOutlined from '@mui/icons-material/PaidOutlined'
import MoreHorizOutlined from '@mui/icons-material/MoreHorizOutlined'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItemKind } from '../../../../shared/trips/trip.schema'

interface KindLook {
  icon: ReactElement
  /** text and icon colour */
  color: string
  /** chip background */
  bg: string
  /** the kind's colour on a white background (menus, rules) */
  accent: string
}

export const kindLook: Record<ItemKind, KindLook> = {
  sight: { icon: <PhotoCameraOutlined />, color: '#00695c', bg: '#e0f2f1', accent: '#00695c' },
  meal: { icon: <RestaurantOutlined />, color: '#bf5b00', bg: '#fff0e0', accent: '#bf5b00' },
  hotel: { icon: <HotelOutlined />, color: '#3949ab', bg: '#e8eaf6', accent: '#3949ab' },
  transport: { icon: <DirectionsBusOutlined />, color: '#455a64', bg: '#eceff1', accent: '#455a64' },
  free: { icon: <WbSunnyOutlined />, color: '#2e7d32', bg: '#e8f5e9', accent: '#2e7d32' },
  shopping: { icon: <ShoppingBagOutlined />, color: '#ffffff', bg: '#ad1457', accent: '#ad1457' },
  self_paid: { icon: <PaidOutlined />, color: '#ffffff', bg: '#8d5a00', accent: '#8d5a00' },
  other: { icon: <MoreHorizOutlined />, color: '#546e7a', bg: '#f1f3f4', accent: '#546e7a' },
}

/** Shopping stops and self-paid items must be listed in the contract: they stand out. */
export const contractKinds: readonly ItemKind[] = ['shopping', 'self_paid']

/** Row tint and left rule for the kinds the contract must list. */
export const rowTint: Partial<Record<ItemKind, { bg: string; rule: string }>> = {
  shopping: { bg: '#fdf2f7', rule: '#ad1457' },
  self_paid: { bg: '#fdf6e9', rule: '#8d5a00' },
}

export function KindChip({ kind, testId }: { kind: ItemKind; testId?: string }) {
  const { t } = useTranslation('tripPage')
  const look = kindLook[kind]
  return (
    <Chip
      size="small"
      icon={look.icon}
      label={t(`kind.${kind}`)}
      data-testid={testId}
      sx={{
        bgcolor: look.bg,
        color: look.color,
        fontWeight: 600,
        '& .MuiChip-icon': { color: look.color, fontSize: 18 },
      }}
    />
  )
}
