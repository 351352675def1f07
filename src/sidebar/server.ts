// The one typed bridge to the server: google.script.run as promises, typed by the server entry's exports.
type ServerEntry = typeof import('../server/main');

type ServerFunctionName = keyof ServerEntry;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
}

interface GoogleScript {
  script?: { run?: ScriptRunner };
}

function googleScript(): GoogleScript['script'] {
  return (window as unknown as { google?: GoogleScript }).google?.script;
}

/** Rejects with the server's Error (its message is what the VA reads) or when no host page provides google.script. */
export function callServer<K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<ServerEntry[K]>
): Promise<ReturnType<ServerEntry[K]>> {
  return new Promise((resolve, reject) => {
    const runner = googleScript()?.run;
    if (!runner) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const handled = runner
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerEntry[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const serverFunction = (handled as unknown as Record<string, (...values: unknown[]) => void>)[name];
    if (typeof serverFunction !== 'function') {
      reject(new Error(`Unknown server function: ${name}`));
      return;
    }
    serverFunction.apply(handled, args);
  });
}
