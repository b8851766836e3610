import { Box } from '@mui/material'

/** A tab's name with a small count; red when it needs attention (the checks tab). */
export function TabLabel({
  text,
  count,
  alert,
}: {
  text: string
  count: number
  alert?: 'error' | 'warning'
}) {
  if (!count) return <span>{text}</span>
  return (
    <span>
      {text}
      <Box
        component="span"
        sx={{
          ml: 0.75,
          px: 0.75,
          borderRadius: 5,
          bgcolor: alert ? `${alert}.main` : '#eef1f1',
          color: alert ? '#fff' : 'text.secondary',
          fontSize: 12,
          fontWeight: 600,
        }}
      >
        {count}
      </Box>
    </span>
  )
}
