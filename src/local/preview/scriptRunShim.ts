/**
 * A stand-in for google.script.run inside the preview: each server call becomes
 * POST /rpc/<name> with the arguments as a JSON array; the answer goes to the success handler,
 * a non-2xx status or a network error to the failure handler as an Error with the server's
 * message, as Apps Script does. Injected only into the page the preview serves, never into
 * dist/Sidebar.html. Plain ES5 text, because it runs as is in the browser.
 */
export const SCRIPT_RUN_SHIM = `<script>
(function () {
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, onFailure); };
        if (name === 'withFailureHandler') return function (fn) { return runner(onSuccess, fn); };
        if (name === 'withUserObject') return function () { return runner(onSuccess, onFailure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(String(name)), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(args)
          }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (body) {
              if (!response.ok) throw new Error(body.error || response.statusText);
              if (onSuccess) onSuccess(body.value);
            });
          }).catch(function (error) {
            if (onFailure) onFailure(error instanceof Error ? error : new Error(String(error)));
          });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;

/** The sidebar page as the preview serves it: the shim first, before the sidebar's own script. */
export function withScriptRunShim(html: string): string {
  return html.replace(/<head>/i, (head) => `${head}\n${SCRIPT_RUN_SHIM}`);
}
