import { Box, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'

/** Title, one line of explanation and the screen's main action, shared by the admin screens. */
export function ScreenHeader({
  title,
  intro,
  action,
}: {
  title: string
  intro?: string
  action?: ReactNode
}) {
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ alignItems: 'flex-start', justifyContent: 'space-between', mb: 2.5 }}
    >
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        {intro && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 760 }}>
            {intro}
          </Typography>
        )}
      </Box>
      {action && <Box sx={{ flexShrink: 0, pt: 0.5 }}>{action}</Box>}
    </Stack>
  )
}
