// The live preview's only script, served as /live.js under "script-src 'self'".
// It asks the preview server which version of each page is current, and reloads this page
// when the one it watches (its data-watch: a map's name, or '*' for the index) has changed:
// through server-sent events (/events), or, without EventSource, by asking /versions every
// second. Both answer lines of "NAME VERSION".
(function () {
  'use strict';
  var script = document.currentScript;
  var watch = script.getAttribute('data-watch');
  var version = script.getAttribute('data-version');
  var reloading = false;

  function check(text) {
    var lines = String(text).split('\n');
    for (var i = 0; i < lines.length; i++) {
      var parts = lines[i].split(' ');
      if (parts.length === 2 && parts[0] === watch && parts[1] !== version && !reloading) {
        reloading = true;
        window.location.reload();
        return;
      }
    }
  }

  function poll() {
    var request = new XMLHttpRequest();
    request.open('GET', '/versions');
    request.onload = function () {
      if (request.status === 200) {
        check(request.responseText);
      }
    };
    request.onloadend = function () {
      window.setTimeout(poll, 1000);
    };
    request.send();
  }

  if (typeof window.EventSource === 'function') {
    new window.EventSource('/events').addEventListener('versions', function (event) {
      check(event.data);
    });
  } else {
    poll();
  }
}());
