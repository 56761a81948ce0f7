// Runs the hostile fake Nova in its own process (so its buffers and CPU do not count against the client being
// measured): prints `PORT <n>` and serves until stdin closes.
import { startHostileService } from './hostile-service.ts';

const service = await startHostileService();
const port = new URL(service.endpoint('deep-json')).port;
process.stdout.write(`PORT ${port}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void service.close().then(() => process.exit(0));
});
