/* Run the browser test host by hand: `npx tsx test/host/cli.ts [dataDir]`, then open the printed URL. */
import { startHost } from './host'

// trying the app by hand: the host lives at the moment it was started (tests pass a fixed instant)
void startHost({ dataDir: process.argv[2], now: new Date().toISOString() }).then((h) => {
  console.log(`TourDesk test host: ${h.url}  (data: ${h.dataDir})`)
})
