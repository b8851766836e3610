import { Paper, Typography } from '@mui/material'
import Grid from '@mui/material/Grid'
import type { ReactNode } from 'react'

/** A titled card of the customer form; children are laid out on a 12-column grid. */
export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Paper sx={{ p: 2.5 }} id={id}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 2 }}>
        {title}
      </Typography>
      <Grid container spacing={2}>
        {children}
      </Grid>
    </Paper>
  )
}
