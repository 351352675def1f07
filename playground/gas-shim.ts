// google.script.run and google.script.host for the sidebar in the playground: each call is a POST to the local server.
interface Handlers {
  success?: (value: unknown, userObject?: unknown) => void;
  failure?: (error: Error, userObject?: unknown) => void;
  userObject?: unknown;
}

function runner(handlers: Handlers): object {
  return new Proxy(
    {},
    {
      get(_target, name: string) {
        if (name === 'withSuccessHandler')
          return (success: Handlers['success']) => runner({ ...handlers, success });
        if (name === 'withFailureHandler')
          return (failure: Handlers['failure']) => runner({ ...handlers, failure });
        if (name === 'withUserObject') return (userObject: unknown) => runner({ ...handlers, userObject });
        return (...args: unknown[]) => {
          // JSON mirrors what google.script.run copies: undefined in arrays becomes null, Dates are refused server-side.
          fetch(`/api/run/${encodeURIComponent(name)}`, { method: 'POST', body: JSON.stringify(args) })
            .then((response) => response.json())
            .then((reply: { ok: boolean; value?: unknown; error?: { message: string } }) => {
              window.parent?.postMessage({ minuta: 'server-call', name }, '*');
              if (reply.ok) handlers.success?.(reply.value, handlers.userObject);
              else handlers.failure?.(new Error(reply.error?.message ?? 'Script error'), handlers.userObject);
            })
            .catch((error: Error) => handlers.failure?.(error, handlers.userObject));
        };
      },
    },
  );
}

const host = {
  close: () => window.parent?.postMessage({ minuta: 'close-sidebar' }, '*'),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => undefined },
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };
