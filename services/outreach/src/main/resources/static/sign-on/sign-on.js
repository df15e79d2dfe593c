// The sign-on page works without this script; with it, a partner sees the signature image before
// sending it, the image field steps aside when signing without being named, and the list of
// problems after a refused form takes the focus so that a screen reader reads it first.
(function () {
    'use strict';
    var MAX_BYTES = 1024 * 1024;
    var input = document.getElementById('signatureImage');
    var preview = document.getElementById('signature-preview');
    var image = document.getElementById('signature-preview-image');
    var anonymous = document.getElementById('anonymous');
    var field = document.getElementById('signature-field');
    var errors = document.getElementById('errors');
    var shown = null;

    if (errors) {
        errors.focus();
    }
    if (input && preview && image) {
        input.addEventListener('change', function () {
            if (shown) {
                URL.revokeObjectURL(shown);
                shown = null;
            }
            var file = input.files && input.files[0];
            var usable = file && (file.type === 'image/png' || file.type === 'image/jpeg') && file.size <= MAX_BYTES;
            if (!usable) {
                preview.hidden = true;
                image.removeAttribute('src');
                return;
            }
            shown = URL.createObjectURL(file);
            image.src = shown;
            preview.hidden = false;
        });
    }
    if (anonymous && field && input) {
        var follow = function () {
            field.hidden = anonymous.checked;
            input.disabled = anonymous.checked;
        };
        anonymous.addEventListener('change', follow);
        follow();
    }
}());
