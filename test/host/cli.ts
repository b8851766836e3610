/* Run the browser test host by hand: `npx tsx test/host/cli.ts [dataDir]`, then open the printed URL. */
import { startHost } from './host'

void startHost({ dataDir: process.argv[2] }).then((h) => {
  console.log(`TourDesk test host: ${h.url}  (data: ${h.dataDir})`)
})
