/* The console's live parts: webhook replies and chatbot answers arrive by Server-Sent Events. Text only, never HTML. */
var maiConsole = (function () {
    function messageItem(message) {
        var item = document.createElement('li');
        item.className = 'message ' + (message.type || '') + ' live';
        item.setAttribute('data-message-id', message.id || '');
        var meta = document.createElement('div');
        meta.className = 'meta';
        var who = document.createElement('strong');
        who.textContent = (message.sender && message.sender.name) || 'MaiAgent';
        meta.appendChild(who);
        var when = document.createElement('span');
        when.className = 'muted';
        when.textContent = ' ' + (message.createdAt || '').replace('T', ' ').substring(0, 19);
        meta.appendChild(when);
        var text = document.createElement('div');
        text.className = 'text';
        text.textContent = message.content || '';
        item.appendChild(meta);
        item.appendChild(text);
        return item;
    }

    /** Appends each reply MaiAgent delivers by webhook, once, unless the thread already shows it. */
    function watchReplies(list) {
        if (!list || !window.EventSource) {
            return;
        }
        var source = new EventSource(list.getAttribute('data-replies'));
        source.addEventListener('reply', function (event) {
            var message = JSON.parse(event.data);
            if (message.id && list.querySelector('[data-message-id="' + CSS.escape(message.id) + '"]')) {
                return;
            }
            list.appendChild(messageItem(message));
        });
        window.addEventListener('pagehide', function () { source.close(); });
    }

    /** Shows a chatbot's answer piece by piece as it is generated. */
    function watchAsk(url) {
        var reply = document.getElementById('ask-reply');
        var status = document.getElementById('ask-status');
        reply.textContent = '';
        status.textContent = 'MaiAgent is answering…';
        var source = new EventSource(url);
        source.addEventListener('delta', function (event) {
            reply.textContent += JSON.parse(event.data).content;
        });
        source.addEventListener('done', function (event) {
            reply.textContent = JSON.parse(event.data).content;
            status.textContent = 'Answer complete.';
            source.close();
        });
        source.addEventListener('error', function (event) {
            if (event.data) {
                status.textContent = 'The answer failed: ' + JSON.parse(event.data).detail;
                source.close();
            } else if (source.readyState === EventSource.CLOSED) {
                status.textContent = 'The answer stream ended unexpectedly.';
            }
        });
    }

    // A thread page watches its replies from here, not from an inline script the content security policy would have to allow.
    document.addEventListener('DOMContentLoaded', function () {
        watchReplies(document.getElementById('thread-list'));
    });

    return { watchReplies: watchReplies, watchAsk: watchAsk };
})();
