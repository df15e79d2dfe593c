// Uploads the chosen file to the import API and follows the run: calendars are imported in the
// background (Prefer: respond-async) and polled at GET /api/imports/{id} for the progress bar.
(function () {
    const form = document.getElementById('import-form');
    const bar = document.getElementById('bar');
    const percent = document.getElementById('percent');
    const progress = document.getElementById('progress');
    const status = document.getElementById('status');
    const result = document.getElementById('result');
    if (!form) {
        return; // a lead's page has no import form
    }
    // the page's words, in its language (the form's data-*), {0} and {1} filled in here
    function words(name, ...values) {
        return form.dataset[name].replace(/\{(\d)\}/g, (_, i) => values[i]);
    }

    function show(run) {
        bar.value = run.percent;
        percent.textContent = run.percent + ' %';
        status.textContent = run.status === 'running'
            ? words('running', run.processed, run.total)
            : run.status === 'done' ? words('done') : words('failed', run.error || words('unknown'));
        status.className = run.status === 'failed' ? 'failed' : '';
    }

    function follow(location) {
        fetch(location).then(r => r.json()).then(run => {
            show(run);
            if (run.status === 'running') {
                setTimeout(() => follow(location), 500);
            } else if (run.result) {
                result.hidden = false;
                result.textContent = JSON.stringify(run.result, null, 2);
            }
        });
    }

    form.addEventListener('submit', event => {
        event.preventDefault();
        const kind = document.getElementById('kind').value;
        const file = document.getElementById('file').files[0];
        if (!file) {
            return;
        }
        progress.hidden = false;
        result.hidden = true;
        bar.value = 0;
        percent.textContent = '0 %';
        status.textContent = words('reading', file.name);
        const headers = {'Content-Type': kind === 'ics' ? 'text/calendar' : 'application/json'};
        if (kind === 'ics') {
            headers['Prefer'] = 'respond-async';
        }
        fetch('/api/imports/' + kind, {method: 'POST', headers: headers, body: file}).then(response =>
            response.json().then(body => {
                if (response.status === 202) {
                    follow(response.headers.get('Location'));
                } else if (response.ok) {
                    show({status: 'done', percent: 100});
                    result.hidden = false;
                    result.textContent = JSON.stringify(body, null, 2);
                } else {
                    show({status: 'failed', percent: 0, error: body.detail || response.statusText});
                }
            }));
    });
})();
