import { Box, Grid, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { priceTypes } from '../../../../shared/trips/trip.schema'
import type { TripDetail } from '../../../../shared/trips/trip.types'
import { InfoList, NotGiven, Section } from '../../customers/profile/parts'
import { priceKeys } from '../form/formState'
import { StatusChip } from './StatusChip'
import { useTripFormat } from './tripFormat'

/** Every field of the trip itself, read-only; editing happens on the form. */
export function OverviewTab({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('trips')
  const f = useTripFormat()
  const byType = priceTypes
    .map((p) => [p, trip.participants.filter((x) => x.priceType === p).length] as const)
    .filter(([, n]) => n > 0)
  const day = (iso: string) => t('overview.dayWeekday', { date: f.date(iso), weekday: f.weekday(iso) })
  const notSet = <NotGiven text={t('overview.notSet')} />

  return (
    <Grid container spacing={2} data-testid="trip-overview">
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('form.sections.basic')}>
          <InfoList
            rows={[
              [t('fields.code'), trip.code, 'overview-code'],
              [t('fields.routeName'), trip.routeName],
              [t('fields.destination'), trip.destination],
              [t('fields.kind'), t(`kind.${trip.kind}`)],
              [t('fields.type'), t(`type.${trip.type}`)],
              [t('columns.status'), <StatusChip key="s" status={trip.status} />],
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('form.sections.dates')}>
          <InfoList
            rows={[
              [t('fields.departDate'), day(trip.departDate), 'overview-depart'],
              [t('fields.returnDate'), day(trip.returnDate), 'overview-return'],
              [t('overview.length'), f.days(trip.departDate, trip.returnDate)],
              [t('fields.meetingTime'), trip.meetingTime ?? notSet, 'overview-meeting-time'],
              [t('fields.meetingPoint'), trip.meetingPoint ?? notSet, 'overview-meeting-point'],
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('overview.size')}>
          <InfoList
            rows={[
              [
                t('overview.enrolled'),
                <>
                  {t('page.sizeN', { count: trip.participants.length })}
                  {byType.length > 0 && (
                    <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>
                      {t('overview.byType', {
                        list: byType
                          .map(([p, n]) => t('overview.typeCount', { type: t(`priceType.${p}`), count: n }))
                          .join(t('overview.sep')),
                      })}
                    </Box>
                  )}
                </>,
                'overview-enrolled',
              ],
              [
                t('fields.capacity'),
                trip.capacity != null ? t('page.sizeN', { count: trip.capacity }) : notSet,
              ],
              [t('fields.minSize'), trip.minSize != null ? t('page.sizeN', { count: trip.minSize }) : notSet],
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('overview.prices')}>
          <InfoList
            rows={priceKeys.map((k) => [
              t(`price.${k}`),
              trip.prices[k] != null ? (
                <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                  {f.money(trip.prices[k])}
                </Box>
              ) : (
                notSet
              ),
              `overview-price-${k}`,
            ])}
          />
        </Section>
      </Grid>
      <Grid size={12}>
        <Section title={t('fields.notes')}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="overview-notes">
            {trip.notes || notSet}
          </Typography>
        </Section>
      </Grid>
      <Grid size={12}>
        <Typography variant="caption" color="text.secondary" data-testid="overview-record">
          {t('overview.record', { created: f.dateTime(trip.createdAt), updated: f.dateTime(trip.updatedAt) })}
        </Typography>
      </Grid>
    </Grid>
  )
}
