// The request bodies /docs offers as examples are ones the server takes: sent
// as they are (a preset's id where a path needs one), each is accepted.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from './helper.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

interface Operation {
  requestBody?: { content?: Record<string, { schema?: { examples?: unknown[] }; example?: unknown; examples?: Record<string, { value: unknown }> }> };
}

describe('the examples in the OpenAPI document', () => {
  test('every request body example /docs shows is accepted as it is', async () => {
    const spec = app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const examples: Array<{ method: string; url: string; body: unknown }> = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const media = operation.requestBody?.content?.['application/json'];
        const found = [...(media?.schema?.examples ?? []), ...(media?.example !== undefined ? [media.example] : []), ...Object.values(media?.examples ?? {}).map((entry) => entry.value)];
        for (const body of found) examples.push({ method: method.toUpperCase(), url: path.replace('{id}', 'preset-teaching'), body });
      }
    }
    expect(examples.map(({ method, url }) => `${method} ${url}`).sort()).toEqual([
      'POST /api/compare',
      'POST /api/runs/',
      'POST /api/scenarios/preset-teaching/duplicate',
      'POST /api/scenarios/real-areas',
    ]);
    for (const { method, url, body } of examples) {
      const response = await app.inject({ method: method as 'POST', url, payload: body as object });
      expect([response.statusCode, `${method} ${url}`]).toEqual([expect.toSatisfy((status: number) => status >= 200 && status < 300), `${method} ${url}`]);
    }
  });
});
