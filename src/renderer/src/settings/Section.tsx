import { Box, Paper, Typography } from '@mui/material'
import type { ReactNode } from 'react'

/** One titled card on the settings screen. */
export function Section({
  title,
  text,
  children,
  testId,
}: {
  title: string
  text?: string
  children: ReactNode
  testId?: string
}) {
  return (
    <Paper sx={{ p: 3 }} component="section" data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ fontWeight: 700, fontSize: 17 }}>
        {title}
      </Typography>
      {text && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {text}
        </Typography>
      )}
      <Box sx={{ mt: 2.5 }}>{children}</Box>
    </Paper>
  )
}
