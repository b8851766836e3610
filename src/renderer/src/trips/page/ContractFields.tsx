import { Box, InputAdornment, TextField, Typography } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import { itemSchema } from '../../../../shared/trips/trip.schema'
import type { ItemKind } from '../../../../shared/trips/trip.schema'
import { limitsOf } from '../../components/limits'
import type { Draft } from './ItemDialog'
import { rowTint } from './itemKinds'

/**
 * What the contract must list: a shopping stop's shop, main goods and longest stay, a self-paid
 * item's price. Shown in the kind's colour so the clerk sees why they are asked.
 */
const itemMax = limitsOf(itemSchema)

export function ContractFields({
  kind,
  d,
  set,
  fp,
}: {
  kind: ItemKind
  d: Draft
  set: (p: Partial<Draft>) => void
  fp: (name: string, help?: string) => { error: boolean; helperText?: string }
}) {
  const { t } = useTranslation('tripPage')
  const tint = rowTint[kind]
  if (!tint) return null
  const tid = (id: string, field?: string) => ({
    htmlInput: { 'data-testid': `item-${id}`, maxLength: field ? itemMax(field) : undefined },
  })
  return (
    <Box
      sx={{ bgcolor: tint.bg, borderLeft: `3px solid ${tint.rule}`, borderRadius: 1, p: 2 }}
      data-testid="item-contract-box"
    >
      <Typography variant="body2" sx={{ mb: 1.5, color: tint.rule, fontWeight: 600 }}>
        {t(`itinerary.contractNote.${kind}`)}
      </Typography>
      {kind === 'shopping' ? (
        <Grid container spacing={2}>
          <Grid size={6}>
            <TextField
              required
              label={t('itinerary.shopName')}
              value={d.shopName}
              onChange={(e) => set({ shopName: e.target.value })}
              {...fp('shopName')}
              slotProps={tid('shop-name', 'shopName')}
              sx={{ '& .MuiInputBase-root': { bgcolor: 'background.paper' } }}
            />
          </Grid>
          <Grid size={6}>
            <TextField
              required
              type="number"
              label={t('itinerary.shopMinutes')}
              value={d.shopMinutes}
              onChange={(e) => set({ shopMinutes: e.target.value })}
              {...fp('shopMinutes')}
              slotProps={{
                ...tid('shop-minutes'),
                input: {
                  endAdornment: <InputAdornment position="end">{t('itinerary.minutes')}</InputAdornment>,
                },
              }}
              sx={{ '& .MuiInputBase-root': { bgcolor: 'background.paper' } }}
            />
          </Grid>
          <Grid size={12}>
            <TextField
              required
              label={t('itinerary.shopGoods')}
              value={d.shopGoods}
              onChange={(e) => set({ shopGoods: e.target.value })}
              {...fp('shopGoods', t('itinerary.shopGoodsHint'))}
              slotProps={tid('shop-goods', 'shopGoods')}
              sx={{ '& .MuiInputBase-root': { bgcolor: 'background.paper' } }}
            />
          </Grid>
        </Grid>
      ) : (
        <TextField
          required
          type="number"
          label={t('itinerary.price')}
          value={d.price}
          onChange={(e) => set({ price: e.target.value })}
          {...fp('price')}
          slotProps={{
            ...tid('price'),
            input: {
              startAdornment: <InputAdornment position="start">¥</InputAdornment>,
              endAdornment: <InputAdornment position="end">{t('itinerary.perPerson')}</InputAdornment>,
            },
          }}
          sx={{ '& .MuiInputBase-root': { bgcolor: 'background.paper' }, maxWidth: 260 }}
        />
      )}
    </Box>
  )
}
