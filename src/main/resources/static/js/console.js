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

  // What became overdue, for a screen reader: each row the escalation engine has marked carries a data-announce-key
  // (its activation and step); a key that first appears after an update is said once in the polite live region.
  // The first look says nothing.
  function keys() {
    var found = {};
    document.querySelectorAll('#console [data-announce-key]').forEach(function (element) {
      found[element.getAttribute('data-announce-key')] = element.getAttribute('data-announce') || '';
    });
    return found;
  }

  var announced = keys();

  function announce() {
    var now = keys();
    var news = [];
    Object.keys(now).forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(announced, key)) {
        news.push(now[key]);
      }
    });
    announced = now;
    var announcer = document.getElementById('console-announcer');
    if (announcer && news.length > 0) {
      announcer.textContent = news.join(' ');
    }
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
          announce();
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
