// Progressive enhancement for the console (the pages work without it).
// Sync health: while a run is going on (data-refresh="running") or was just requested ("launched"), reload the cards
// (with the progress of running runs) every 3 s and stop once nothing runs. No extra endpoint: the same page with
// fragment=cartes renders the cards without computing the history charts.
(function () {
  'use strict';
  var launchedPolls = 0;
  function poll() {
    var cards = document.getElementById('sync-cards');
    if (!cards || !cards.dataset.refresh) { return; }
    window.setTimeout(function () {
      var url = new URL(window.location.href);
      url.searchParams.set('fragment', 'cartes');
      url.hash = '';
      fetch(url.toString(), { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          var next = new DOMParser().parseFromString(html, 'text/html');
          var fresh = next.getElementById('sync-cards');
          var status = next.getElementById('actualisation');
          if (!fresh) { return; }
          if (fresh.dataset.refresh === 'launched' && ++launchedPolls > 5) { fresh.removeAttribute('data-refresh'); }
          cards.replaceWith(fresh);
          if (status) { document.getElementById('actualisation').textContent = status.textContent; }
          poll();
        })
        .catch(function () { /* the next manual reload shows the state */ });
    }, 3000);
  }
  document.addEventListener('DOMContentLoaded', poll);

  // Dead letters: "select all" for the replay-selected form.
  document.addEventListener('change', function (event) {
    var all = event.target;
    if (all && all.id === 'tout-selectionner') {
      document.querySelectorAll('input[name="ids"]').forEach(function (box) { box.checked = all.checked; });
    }
  });
})();
