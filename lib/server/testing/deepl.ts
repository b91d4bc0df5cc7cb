// The local DeepL-compatible server for service tests: started once per test file on a free port,
// announced through DEEPL_AUTH_KEY / DEEPL_SERVER_URL, reset (faults and counters) before each test.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startDeeplServer, type DeeplServerHandle } from '@/scripts/deepl-server';

export function useDeeplStandIn(): () => DeeplServerHandle {
  let server: DeeplServerHandle | null = null;
  beforeAll(async () => {
    server = await startDeeplServer({ port: 0 });
    process.env.DEEPL_AUTH_KEY = 'test-key';
    process.env.DEEPL_SERVER_URL = server.url;
  });
  afterAll(async () => {
    delete process.env.DEEPL_AUTH_KEY;
    delete process.env.DEEPL_SERVER_URL;
    await server?.close();
  });
  beforeEach(() => {
    server!.setMode({ reset: true, resetStats: true });
  });
  return () => {
    if (!server) throw new Error('the DeepL stand-in is not running (useDeeplStandIn() must be called at the top of the test file)');
    return server;
  };
}
