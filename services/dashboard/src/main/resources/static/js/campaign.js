// Keeps a campaign's page live and draws its chart. When the stream says this campaign changed,
// fetch the page's live part as the server renders it (/campaigns/{id}/live) and put it in place,
// then draw the chart again; other campaigns' changes are ignored. The chart (uPlot, from its
// webjar) reads its series from data-series ("epochSecond:signed ...") and the deadlines from the
// timeline's rows (data-at), so the page's tables stay the one source of what it shows.
(function () {
    'use strict';
    var main = document.getElementById('main');
    if (!main) {
        return;
    }
    var status = document.getElementById('live-status');
    var chart = null;

    function series(text) {
        var xs = [], ys = [];
        text.trim().split(/\s+/).forEach(function (pair) {
            var parts = pair.split(':');
            xs.push(Number(parts[0]));
            ys.push(Number(parts[1]));
        });
        return [xs, ys];
    }

    function deadlines() {
        return Array.prototype.map.call(document.querySelectorAll('table.deadlines tbody tr[data-at]'), function (row) {
            return {at: Number(row.getAttribute('data-at')), label: row.querySelector('th').textContent.trim()};
        });
    }

    function drawDeadlines(u, marks) {
        var ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = '#a4262c';
        ctx.fillStyle = '#1d1d1f';
        ctx.setLineDash([4 * devicePixelRatio, 4 * devicePixelRatio]);
        ctx.lineWidth = devicePixelRatio;
        ctx.font = (11 * devicePixelRatio) + 'px system-ui, sans-serif';
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        marks.forEach(function (mark, i) {
            var x = Math.round(u.valToPos(mark.at, 'x', true));
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            // labels near the right edge go to the left of their line, so that none is cut off
            var width = ctx.measureText(mark.label).width;
            var left = x + width + 6 * devicePixelRatio > u.bbox.left + u.bbox.width
                ? x - width - 3 * devicePixelRatio : x + 3 * devicePixelRatio;
            ctx.fillText(mark.label, left, u.bbox.top + (2 + 13 * (i % 3)) * devicePixelRatio);
        });
        ctx.restore();
    }

    function draw() {
        if (chart) {
            chart.destroy();
            chart = null;
        }
        var box = document.querySelector('.signature-chart .chart');
        if (!box || !window.uPlot || !box.getAttribute('data-series')) {
            return;
        }
        var data = series(box.getAttribute('data-series'));
        var marks = deadlines();
        var times = data[0].concat(marks.map(function (m) { return m.at; }));
        var min = Math.min.apply(null, times), max = Math.max.apply(null, times);
        var pad = Math.max((max - min) * 0.03, 3600);
        var top = Math.max.apply(null, data[1].concat([1]));
        var zone = box.getAttribute('data-zone');
        // day ticks written in the page's language and read in the meeting's zone, like the tables
        var day = new Intl.DateTimeFormat(document.documentElement.lang, {day: 'numeric', month: 'short', timeZone: zone});
        chart = new uPlot({
            width: Math.max(box.parentNode.clientWidth, 260),
            height: 260,
            tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), zone); },
            legend: {show: false},
            scales: {x: {time: true, range: [min - pad, max + pad]}, y: {range: [0, top + 1]}},
            axes: [{
                stroke: '#55575b', space: 60, incrs: [86400, 2 * 86400, 7 * 86400, 30 * 86400],
                values: function (u, splits) {
                    return splits.map(function (ts) { return day.format(new Date(ts * 1000)); });
                }
            }, {stroke: '#55575b', incrs: [1, 2, 5, 10, 20, 50, 100]}],
            series: [{}, {
                label: box.getAttribute('data-signatures-label'),
                stroke: '#1d4f91', width: 2, fill: 'rgba(29, 79, 145, 0.12)',
                paths: uPlot.paths.stepped({align: 1})
            }],
            hooks: {draw: [function (u) { drawDeadlines(u, marks); }]}
        }, data, box);
    }

    function refresh() {
        fetch(main.getAttribute('data-live'), {headers: {'Accept': 'text/html'}})
            .then(function (response) {
                return response.ok ? response.text() : Promise.reject(response.status);
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
                var current = document.getElementById('live');
                if (fresh && current) {
                    current.replaceWith(document.adoptNode(fresh));
                    draw();
                    status.textContent = main.getAttribute('data-updated') + ' '
                        + new Date().toLocaleTimeString(document.documentElement.lang);
                }
            })
            .catch(function () {
                status.textContent = main.getAttribute('data-failed');
            });
    }

    draw();
    var resizing = null;
    window.addEventListener('resize', function () {
        clearTimeout(resizing);
        resizing = setTimeout(draw, 200);
    });

    if (!window.EventSource || !window.fetch) {
        return;
    }
    var id = main.getAttribute('data-campaign-id');
    var interrupted = false;
    var source = new EventSource(main.getAttribute('data-stream'));
    source.addEventListener('campaign', function (message) {
        if (JSON.parse(message.data).id === id) {
            refresh();
        }
    });
    source.addEventListener('open', function () {
        if (interrupted) {
            interrupted = false;
            refresh(); // what changed while the connection was down was not streamed
        }
    });
    source.addEventListener('error', function () {
        interrupted = true;
    });
}());
