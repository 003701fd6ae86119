// Mediation Desk: the hotline operator's console. It follows the console's stream (Server-Sent Events) and, after
// each event, fetches the console's table again (rendered by the server, as the viewer may see it); without a
// stream it fetches the table every 15 seconds. The clocks to each deadline run between updates, from the
// server's time: a negative clock is overdue.
(function () {
  var live = document.getElementById('console-live');
  if (!live) {
    return;
  }
  var fragment = live.getAttribute('data-fragment');
  var offset = 0;

  function synchronise() {
    var console_ = document.getElementById('console');
    var now = console_ && Number(console_.getAttribute('data-now'));
    if (now) {
      offset = now - Date.now();
    }
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var now = Date.now() + offset;
    document.querySelectorAll('#console .clock').forEach(function (clock) {
      var left = Math.round((Number(clock.getAttribute('data-due')) - now) / 1000);
      var sign = left < 0 ? '−' : '';
      left = Math.abs(left);
      clock.textContent = sign + Math.floor(left / 3600) + ':' + two(Math.floor(left / 60) % 60) + ':' + two(left % 60);
    });
  }

  function refresh() {
    fetch(fragment, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var current = document.getElementById('console');
        var next = document.createElement('div');
        next.innerHTML = html;
        var replacement = next.querySelector('#console');
        if (current && replacement) {
          current.replaceWith(replacement);
          synchronise();
          tick();
        }
      })
      .catch(function () {});
  }

  synchronise();
  tick();
  setInterval(tick, 1000);
  if (window.EventSource) {
    var source = new EventSource(live.getAttribute('data-stream'));
    source.addEventListener('console', refresh);
    source.onopen = function () {
      var status = document.getElementById('console-live-status');
      var offline = document.getElementById('console-offline');
      if (status) {
        status.hidden = false;
      }
      if (offline) {
        offline.hidden = true;
      }
    };
    source.onerror = function () {
      var offline = document.getElementById('console-offline');
      var status = document.getElementById('console-live-status');
      if (offline) {
        offline.hidden = false;
      }
      if (status) {
        status.hidden = true;
      }
    };
  }
  setInterval(refresh, 15000);
})();
