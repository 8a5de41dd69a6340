// What the page header says about the server: its engine, or why there is none to show.
import { describe, expect, test } from 'vitest';
import { serverState, serverStatusText } from '../../ui/src/app/server-status.ts';
import { ApiError } from '../../ui/src/api/client.ts';

describe('the server in the page header', () => {
  test('names the engine once the server answers, and says it is connecting meanwhile', () => {
    expect(serverStatusText('ready', '0.4.0')).toBe('engine 0.4.0');
    expect(serverStatusText('connecting')).toBe('connecting to the server…');
    expect(serverStatusText('slow')).toBe('the server is slow to answer…');
  });

  test('tells a server that cannot be reached from one that answers with an error', () => {
    expect(serverStatusText('unreachable')).toBe('server cannot be reached');
    expect(serverStatusText('failing')).toBe('server unavailable');
    // The client reports a failed or timed-out request as status 0; any answer has its HTTP status.
    expect(serverState(new ApiError(0, 'Cannot reach the server. Check that it is running, then try again.'))).toBe('unreachable');
    expect(serverState(new ApiError(503, 'The server answered 503 Service Unavailable'))).toBe('failing');
    expect(serverState(new TypeError('Failed to fetch'))).toBe('unreachable');
  });
});
