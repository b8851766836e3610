import { Box, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined'
import ViewListOutlined from '@mui/icons-material/ViewListOutlined'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'

/** Title, list / month switch and "new trip": the same on the list and the calendar. */
export function TripsHeader({ view, extra }: { view: 'list' | 'calendar'; extra?: ReactNode }) {
  const { t } = useTranslation('trips')
  const navigate = useNavigate()
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
        {t('title')}
      </Typography>
      {extra}
      <Box sx={{ flexGrow: 1 }} />
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        onChange={(_e, v: 'list' | 'calendar' | null) => {
          if (v && v !== view) navigate(v === 'list' ? '/trips' : '/trips/calendar')
        }}
        aria-label={t('view.label')}
      >
        <ToggleButton value="list" data-testid="trip-view-list" sx={{ px: 1.5, gap: 0.75 }}>
          <ViewListOutlined fontSize="small" />
          {t('view.list')}
        </ToggleButton>
        <ToggleButton value="calendar" data-testid="trip-view-calendar" sx={{ px: 1.5, gap: 0.75 }}>
          <CalendarMonthOutlined fontSize="small" />
          {t('view.calendar')}
        </ToggleButton>
      </ToggleButtonGroup>
      <Button
        variant="contained"
        startIcon={<AddOutlined />}
        onClick={() => navigate('/trips/new')}
        data-testid="trip-new"
        data-shortcut="new"
      >
        {t('new')}
      </Button>
    </Stack>
  )
}
