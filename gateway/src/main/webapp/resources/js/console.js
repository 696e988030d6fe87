/* The console's live parts: webhook replies and chatbot answers arrive by Server-Sent Events. Text only, never HTML. */
var maiConsole = (function () {
    /** The page's words for what this script writes, in the page's language (the template puts them in #console-text). */
    var words = null;
    function say(key) {
        if (words === null) {
            words = JSON.parse((document.getElementById('console-text') || {}).textContent || '{}');
        }
        return words[key] || key;
    }

    function messageItem(message) {
        var item = document.createElement('li');
        item.className = 'message ' + (message.type || '') + ' live';
        item.setAttribute('data-message-id', message.id || '');
        var meta = document.createElement('div');
        meta.className = 'meta';
        var who = document.createElement('strong');
        who.textContent = (message.sender && message.sender.name) || say('maiagent');
        meta.appendChild(who);
        // A live message's time is a moment like the ones the page was written with: relative, the viewer's zone on hover.
        meta.appendChild(document.createTextNode(' '));
        var when = document.createElement('time');
        when.className = 'moment muted';
        when.setAttribute('datetime', message.createdAt || '');
        when.textContent = (message.createdAt || '').replace('T', ' ').substring(0, 16) + (message.createdAt ? ' UTC' : '');
        showMoment(when);
        meta.appendChild(when);
        var text = document.createElement('div');
        text.className = 'text';
        text.textContent = message.content || '';
        item.appendChild(meta);
        item.appendChild(text);
        if (message.attachments && message.attachments.length) {
            var files = document.createElement('ul');
            files.className = 'attachments';
            message.attachments.forEach(function (a) {
                var entry = document.createElement('li');
                var name = document.createElement(/^https?:\/\//.test(a.file || '') ? 'a' : 'span');
                if (name.tagName === 'A') {
                    name.href = a.file;
                    name.target = '_blank';
                    name.rel = 'noopener noreferrer';
                }
                name.textContent = a.filename || say('file');
                entry.appendChild(name);
                files.appendChild(entry);
            });
            item.appendChild(files);
        }
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
            showNewest(list);
        });
        window.addEventListener('pagehide', function () { source.close(); });
    }

    /** Shows a chatbot's answer piece by piece as it is generated; the ask goes into the address, so a reload shows it again. */
    function watchAsk(url, askId) {
        var reply = document.getElementById('ask-reply');
        var status = document.getElementById('ask-status');
        var question = document.getElementById('ask-question');
        var typed = document.getElementById('ask:question');
        if (typed && typed.value && question) {
            question.textContent = typed.value;
        }
        if (askId && window.history && history.replaceState) {
            var address = new URL(window.location.href);
            address.searchParams.set('ask', askId);
            history.replaceState(null, '', address.toString());
        }
        reply.textContent = '';
        status.textContent = say('answering');
        var source = new EventSource(url);
        source.addEventListener('delta', function (event) {
            reply.textContent += JSON.parse(event.data).content;
        });
        source.addEventListener('done', function (event) {
            var answer = JSON.parse(event.data);
            reply.textContent = answer.content;
            status.textContent = say('complete');
            if (answer.conversationId && answer.conversationId !== status.getAttribute('data-conversation')) {
                // Asked in the admin's own test conversation: say so, and link it.
                status.textContent = say('completeInTest') + ' ';
                var link = document.createElement('a');
                link.id = 'test-conversation';
                link.href = status.getAttribute('data-link') + encodeURIComponent(answer.conversationId);
                link.textContent = say('openIt');
                status.appendChild(link);
            } else if (answer.conversationId) {
                status.textContent = say('completeInCustomers');
            }
            source.close();
        });
        source.addEventListener('stopped', function (event) {
            status.textContent = JSON.parse(event.data).detail;
            source.close();
        });
        source.addEventListener('error', function (event) {
            if (event.data) {
                status.textContent = say('failed') + ' ' + JSON.parse(event.data).detail;
                source.close();
            } else if (source.readyState === EventSource.CLOSED) {
                status.textContent = say('endedUnexpectedly');
            }
        });
    }

    /** After an ajax send: the message joins the thread at once, the composer is empty and keeps the focus. */
    function sent(args) {
        var list = document.getElementById('thread-list');
        if (args && args.sent && list) {
            var message = JSON.parse(args.sent);
            if (!message.id || !list.querySelector('[data-message-id="' + CSS.escape(message.id) + '"]')) {
                var item = messageItem(message);
                item.className = 'message incoming sent';
                list.appendChild(item);
            }
            showNewest(list);
        }
        var composer = document.getElementById('send:message');
        if (composer) {
            composer.focus();
        }
    }

    /** The thread opens at its newest message (and stays there as messages arrive). */
    function showNewest(list) {
        if (list) {
            list.scrollTop = list.scrollHeight;
            var card = list.closest('.thread-card');
            if (card && list.lastElementChild && list.lastElementChild.scrollIntoView) {
                list.lastElementChild.scrollIntoView({block: 'nearest'});
            }
        }
    }

    /** A table wider than its box scrolls: keyboard users reach it with Tab and scroll it with the arrows (WCAG 2.1.1). */
    function scrollableTablesFocusable() {
        document.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (wrapper) {
            if (wrapper.scrollWidth > wrapper.clientWidth && !wrapper.hasAttribute('tabindex')) {
                wrapper.setAttribute('tabindex', '0');
                wrapper.setAttribute('role', 'region');
                var heading = document.querySelector('main h1');
                wrapper.setAttribute('aria-label', (heading ? heading.textContent + ': ' : '') + say('scrollsSideways'));
            }
        });
    }

    /**
     * PrimeFaces' file chooser is a focusable span named by aria-labelledby, which a span may not carry; as a button
     * it would nest its file input. Its own text names it, so the attribute goes.
     */
    function chooseButtonsNamedByText() {
        document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (choose) {
            choose.removeAttribute('aria-labelledby');
        });
    }

    /** Copies a read-only field (a key shown once) to the clipboard and says so on the button. */
    function copyField(fieldId, button) {
        var field = document.getElementById(fieldId);
        if (!field) {
            return;
        }
        var done = function () {
            var label = button.querySelector('.ui-button-text') || button;
            label.textContent = say('copied');
        };
        var selectAndCopy = function () {
            field.select();
            if (document.execCommand('copy')) {
                done();
            }
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, selectAndCopy);
        } else {
            selectAndCopy();
        }
    }

    /** Moments relative to now ("3 min ago"), the absolute time in the viewer's own zone on hover. */
    function relativeMoments() {
        document.querySelectorAll('time.moment[datetime]').forEach(showMoment);
    }

    var MOMENT_UNITS = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];

    function showMoment(time) {
        var relative = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, {numeric: 'auto'}) : null;
        var when = new Date(time.getAttribute('datetime'));
        if (isNaN(when) || !relative) {
            return;
        }
        time.title = when.toLocaleString(undefined, {year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'});
        var seconds = Math.round((when.getTime() - Date.now()) / 1000);
        for (var i = 0; i < MOMENT_UNITS.length; i++) {
            if (Math.abs(seconds) >= MOMENT_UNITS[i][1] || MOMENT_UNITS[i][0] === 'second') {
                time.textContent = Math.abs(seconds) < 45 ? relative.format(0, 'second') : relative.format(Math.round(seconds / MOMENT_UNITS[i][1]), MOMENT_UNITS[i][0]);
                break;
            }
        }
    }

    // The date picker closes on Esc only once its panel has focus, which it takes when its
    // opening transition ends; an Esc pressed while it opens waits for that, then closes it.
    function closeDatePicker(picker, triesLeft) {
        if (!picker.isPanelVisible()) {
            return;
        }
        if (picker.documentClickListener || triesLeft === 0) {
            picker.hideOverlay();
        } else {
            window.setTimeout(function () { closeDatePicker(picker, triesLeft - 1); }, 50);
        }
    }

    /**
     * A drawer (PrimeFaces' sidebar, already modal: Tab stays inside) is a dialog: the focus goes into it when it
     * opens, Esc closes it, and the focus goes back to what opened it (the record's row).
     */
    function drawersAsDialogs() {
        // Watched from the body: an ajax update replaces the drawer's element (the record it shows), not only its class.
        var openers = {};
        // Where a closed drawer sent the focus back: PrimeFaces' modal wraps Tab a millisecond late (a timer), so a Tab
        // just before Esc can land in the drawer after it closed. Focus never rests in a closed drawer; it goes back.
        var returnedTo = {};
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                var drawer = change.target;
                if (!drawer.classList || !drawer.classList.contains('ui-sidebar')) {
                    return;
                }
                var open = drawer.classList.contains('ui-sidebar-active');
                if (open && !(drawer.id in openers)) {
                    openers[drawer.id] = document.activeElement;
                    delete returnedTo[drawer.id];
                    var first = drawer.querySelector('.ui-sidebar-close, a[href], button, [tabindex="0"]');
                    if (first) {
                        first.focus();
                    }
                } else if (!open && drawer.id in openers) {
                    var opener = openers[drawer.id];
                    delete openers[drawer.id];
                    if (opener && document.body.contains(opener)) {
                        returnedTo[drawer.id] = opener;
                        opener.focus();
                    }
                }
            });
        }).observe(document.body, {attributes: true, attributeFilter: ['class'], subtree: true});
        document.addEventListener('focusin', function (event) {
            var drawer = event.target.closest ? event.target.closest('.ui-sidebar') : null;
            var back = drawer && !drawer.classList.contains('ui-sidebar-active') ? returnedTo[drawer.id] : null;
            if (back && document.body.contains(back)) {
                back.focus();
            }
        });
        document.addEventListener('keydown', function (event) {
            var open = document.querySelector('.ui-sidebar.ui-sidebar-active');
            if (event.key === 'Escape' && open && window.PrimeFaces) {
                var widget = PrimeFaces.getWidgetById(open.id);
                if (widget) {
                    widget.hide();
                }
            }
        });
    }

    /**
     * An editable chooser (an inbox or chatbot: pick one or type an id) is one Tab stop, its text field: PrimeFaces
     * adds a hidden second one for the list. Alt+Down or Down in the field opens the list and hands it the keys.
     */
    function editableChoosersOneTabStop() {
        document.querySelectorAll('.ui-selectonemenu').forEach(function (chooser) {
            var listKeys = chooser.querySelector('.ui-helper-hidden-accessible input');
            var field = chooser.querySelector('input.ui-selectonemenu-label');
            if (!field || field.getAttribute('data-one-stop')) {
                return;
            }
            if (listKeys) {
                listKeys.setAttribute('tabindex', '-1');
            }
            field.setAttribute('data-one-stop', 'true');
            field.addEventListener('keydown', function (event) {
                var widget = window.PrimeFaces && PrimeFaces.getWidgetById(chooser.id);
                if (event.key === 'ArrowDown' && widget) {
                    event.preventDefault();
                    widget.show();
                    if (listKeys) {
                        listKeys.focus();
                    }
                }
            });
        });
    }

    // A thread page watches its replies from here, not from an inline script the content security policy would have to allow.
    document.addEventListener('DOMContentLoaded', function () {
        watchReplies(document.getElementById('thread-list'));
        showNewest(document.getElementById('thread-list'));
        var resumed = document.getElementById('ask-question');
        if (resumed && resumed.getAttribute('data-resume')) {
            watchAsk(resumed.getAttribute('data-resume'));
        }
        scrollableTablesFocusable();
        chooseButtonsNamedByText();
        relativeMoments();
        drawersAsDialogs();
        editableChoosersOneTabStop();
        window.addEventListener('resize', scrollableTablesFocusable);
        // Esc closes an open calendar (PrimeFaces' date picker leaves it open and over the buttons).
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && window.PrimeFaces && PrimeFaces.widgets) {
                Object.keys(PrimeFaces.widgets).forEach(function (name) {
                    var widget = PrimeFaces.widgets[name];
                    var picker = widget && widget.jq && widget.jq.data('primeDatePicker');
                    if (picker && picker.panel) {
                        closeDatePicker(picker, 40);
                    }
                });
            }
        });
        // Ctrl+Enter (⌘+Enter) in a composer sends it; Enter alone stays a new line, as messages have several.
        document.addEventListener('keydown', function (event) {
            var box = event.target;
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && box && box.getAttribute && box.getAttribute('data-send-with')) {
                var button = document.getElementById(box.getAttribute('data-send-with'));
                if (button && !button.disabled) {
                    event.preventDefault();
                    button.click();
                }
            }
        });
        window.setInterval(relativeMoments, 60000);
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', function () {
                scrollableTablesFocusable();
                editableChoosersOneTabStop();
                chooseButtonsNamedByText();
                relativeMoments();
            });
        }
    });

    return { watchReplies: watchReplies, watchAsk: watchAsk, sent: sent, copyField: copyField };
})();
