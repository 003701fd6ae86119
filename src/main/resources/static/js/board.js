// Mediation Desk: a meeting's board that updates itself. It follows the board's stream (Server-Sent Events) and,
// after each event, fetches the board's fragment again (rendered by the server, as the viewer may see it). When
// no stream can be held, it falls back to fetching the fragment every 5 seconds with htmx. The clock and the
// speaking time run between updates, from the server's time.
(function () {
  var live = document.getElementById('board-live');
  if (!live) {
    return;
  }
  var fragment = live.getAttribute('data-fragment');
  var stream = live.getAttribute('data-stream');
  var offset = 0; // server time minus this screen's time
  var polling = false;

  function show(id, visible) {
    var element = document.getElementById(id);
    if (element) {
      element.hidden = !visible;
    }
  }

  function synchronise() {
    var board = document.getElementById('board');
    var now = board && Number(board.getAttribute('data-now'));
    if (now) {
      offset = now - Date.now();
    }
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var now = new Date(Date.now() + offset);
    var clock = document.getElementById('board-clock');
    if (clock) {
      clock.textContent = two(now.getUTCHours()) + ':' + two(now.getUTCMinutes()) + ':' + two(now.getUTCSeconds());
    }
    var speaking = document.getElementById('speaking-time');
    if (speaking) {
      var seconds = Math.max(0, Math.floor((now.getTime() - Number(speaking.getAttribute('data-since'))) / 1000));
      speaking.textContent = two(Math.floor(seconds / 60)) + ':' + two(seconds % 60);
    }
  }

  function refresh() {
    if (window.htmx) {
      window.htmx.ajax('GET', fragment, { target: '#board', swap: 'outerHTML' });
    } else {
      window.location.reload();
    }
  }

  // htmx polling: the wrapper (never swapped) asks for the fragment every 5 seconds
  function poll() {
    if (polling) {
      return;
    }
    polling = true;
    show('board-live-status', false);
    show('board-polling-status', true);
    live.setAttribute('hx-get', fragment);
    live.setAttribute('hx-trigger', 'every 5s');
    live.setAttribute('hx-target', '#board');
    live.setAttribute('hx-swap', 'outerHTML');
    if (window.htmx) {
      window.htmx.process(live);
    }
  }

  // What the board says changed, for a screen reader: each element with a data-announce-key (a walkout, the floor
  // given, an item taken up) is said once, when its key first appears after an update; the first look says nothing.
  var announced = keys();

  function keys() {
    var found = {};
    Array.prototype.forEach.call(document.querySelectorAll('#board [data-announce-key]'), function (element) {
      found[element.getAttribute('data-announce-key')] = element.getAttribute('data-announce') || element.textContent.trim();
    });
    return found;
  }

  function announce() {
    var now = keys();
    var news = [];
    Object.keys(now).forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(announced, key)) {
        news.push(now[key]);
      }
    });
    announced = now;
    var announcer = document.getElementById('board-announcer');
    if (announcer && news.length > 0) {
      announcer.textContent = news.join(' ');
    }
  }

  document.body.addEventListener('htmx:afterSwap', function () {
    synchronise();
    tick();
    announce();
  });

  synchronise();
  tick();
  window.setInterval(tick, 1000);

  if (!window.EventSource) {
    poll();
    return;
  }
  var failures = 0;
  var source = new EventSource(stream);
  source.addEventListener('open', function () {
    failures = 0;
    show('board-live-status', true);
  });
  // each event says the board changed (the first: as it was when the stream opened, which may be newer than
  // the page); the fragment is fetched again
  source.addEventListener('board', refresh);
  source.addEventListener('error', function () {
    failures++;
    show('board-live-status', false);
    // the browser reconnects by itself; a stream refused (CLOSED) or failing again and again is given up
    if (source.readyState === EventSource.CLOSED || failures >= 3) {
      source.close();
      poll();
    }
  });
  window.addEventListener('beforeunload', function () {
    source.close();
  });
}());
