// Keeps the campaigns table live: when the stream says a campaign changed, fetch that campaign's
// row as the server renders it and put it in place (or insert it, in meeting order). The browser's
// EventSource reconnects by itself when the connection drops; what changed meanwhile was not
// streamed, so after a reconnection the whole table is fetched again. A filtered page asks for rows
// with its filter (data-filter, e.g. "?status=signing"): the server answers 204 for a campaign outside
// it, and its row leaves the table.
(function () {
    'use strict';
    var table = document.getElementById('campaigns');
    if (!table || !window.EventSource || !window.fetch) {
        return;
    }
    var body = table.tBodies[0];
    var status = document.getElementById('live-status');
    var latest = {};
    var requests = 0;
    var filter = table.getAttribute('data-filter') || '';

    function say(attribute, title) {
        status.textContent = table.getAttribute(attribute) + (title ? ' ' + title : '');
    }

    function drop(id) {
        var existing = document.getElementById('campaign-' + id);
        if (existing) {
            existing.remove();
        }
    }

    function place(row) {
        var existing = document.getElementById(row.id);
        if (existing) {
            existing.replaceWith(row);
            return;
        }
        var empty = body.querySelector('tr.empty');
        if (empty) {
            empty.remove();
        }
        var startsAt = row.getAttribute('data-meeting-starts-at');
        var after = Array.prototype.find.call(body.rows, function (other) {
            return other.getAttribute('data-meeting-starts-at') > startsAt;
        });
        body.insertBefore(row, after || null);
    }

    function refresh(campaign) {
        var ticket = ++requests;
        latest[campaign.id] = ticket;
        fetch(table.getAttribute('data-row-base') + encodeURIComponent(campaign.id) + '/row' + filter,
            {headers: {'Accept': 'text/html'}})
            .then(function (response) {
                if (response.status === 204) {
                    return null; // outside the page's filter
                }
                return response.ok ? response.text() : Promise.reject(response.status);
            })
            .then(function (html) {
                if (latest[campaign.id] !== ticket) {
                    return; // a newer update of this campaign is on its way
                }
                if (html === null) {
                    drop(campaign.id);
                    return;
                }
                var template = document.createElement('template');
                template.innerHTML = html.trim();
                var row = template.content.querySelector('tr');
                if (row) {
                    place(row);
                    say('data-updated', campaign.title);
                }
            })
            .catch(function () {
                say('data-failed', campaign.title);
            });
    }

    function reloadTable() {
        fetch(window.location.href, {headers: {'Accept': 'text/html'}})
            .then(function (response) {
                return response.ok ? response.text() : Promise.reject(response.status);
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('campaigns');
                if (fresh) {
                    body.replaceWith(fresh.tBodies[0]);
                    body = fresh.tBodies[0];
                }
            })
            .catch(function () {
                say('data-reconnected');
            });
    }

    var interrupted = false;
    var source = new EventSource(table.getAttribute('data-stream'));
    source.addEventListener('campaign', function (message) {
        refresh(JSON.parse(message.data));
    });
    source.addEventListener('open', function () {
        table.setAttribute('data-live', 'true');
        if (interrupted) {
            interrupted = false;
            reloadTable();
        }
    });
    source.addEventListener('error', function () {
        table.setAttribute('data-live', 'false');
        interrupted = true;
    });
}());
