#!/usr/bin/env python3
"""Retakes the README's console screenshots from a running dev server (the README's run command).

Drives Debian's Chromium through chromedriver's W3C WebDriver protocol with the standard library only:
    python3 docs/screenshots/retake.py [http://127.0.0.1:9080/maiagent]
Signs in as the dev admin, then writes docs/screenshots/*.png at the sizes the README names."""
import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:9080/maiagent").rstrip("/")
HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self):
        self.port = free_port()
        self.driver = subprocess.Popen(["chromedriver", "--port=%d" % self.port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-US"]
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium", "args": args, "prefs": {"intl.accept_languages": "en-US,en"}}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request("http://127.0.0.1:%d%s" % (self.port, path), data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.loads(answer.read().decode())["value"]

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def viewport(self, width, height):
        self.s("POST", "/window/rect", {"width": width, "height": height})
        inner = self.js("return window.innerHeight;")
        self.s("POST", "/window/rect", {"width": width, "height": height + (height - inner)})

    def open(self, path):
        self.s("POST", "/url", {"url": BASE + path})

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def wait(self, script, seconds=30):
        end = time.time() + seconds
        while time.time() < end:
            if self.js(script):
                return
            time.sleep(0.25)
        raise TimeoutError(script)

    def shot(self, name):
        png = base64.b64decode(self.s("GET", "/screenshot"))
        with open(os.path.join(HERE, name), "wb") as out:
            out.write(png)
        print("wrote", name)

    def close(self):
        try:
            self.call("DELETE", "/session/" + self.session)
        finally:
            self.driver.terminate()


browser = Browser()
try:
    browser.viewport(1440, 900)
    browser.open("/login.xhtml")
    browser.js("document.getElementById('signIn:user').value = 'admin';"
               "document.getElementById('signIn:password').value = 'admin-dev-password';"
               "document.getElementById('signIn:submit').click();")
    browser.wait("return !!document.getElementById('signOutForm:signOut');")

    browser.open("/console/")
    browser.wait("var c = document.querySelector('#scoresChart canvas, #conversationsChart canvas'); return !!c && document.readyState === 'complete';")
    time.sleep(1.5)  # the charts' entry animation
    browser.shot("overview-1440.png")

    browser.open("/console/records.xhtml")
    browser.wait("return document.querySelectorAll('#list\\\\:records tbody tr[data-ri]').length > 0;")
    browser.shot("records-1440.png")
    browser.viewport(1280, 800)
    browser.js("document.querySelector('#list\\\\:records tbody tr[data-ri] td.col-text').click();")
    browser.wait("var q = document.getElementById('detail-question'); return !!q && q.getBoundingClientRect().width > 0 "
                 "&& !!document.querySelector('#detail-conversation a');")
    time.sleep(0.5)
    browser.shot("records-detail-1280.png")

    browser.viewport(1440, 900)
    browser.open("/console/conversations.xhtml")
    browser.wait("return document.querySelectorAll('#list\\\\:conversations a.conversation-link').length > 0;")
    first = browser.js("return document.querySelector('#list\\\\:conversations a.conversation-link').getAttribute('href');")
    browser.s("POST", "/url", {"url": BASE.split("/maiagent")[0] + first if first.startswith("/") else first})
    browser.wait("return document.querySelectorAll('#thread-list li.message').length > 0;")
    time.sleep(0.5)
    browser.shot("conversation-1440.png")

    browser.viewport(390, 844)
    browser.open("/console/conversations.xhtml")
    browser.wait("return document.querySelectorAll('#list\\\\:conversations tbody tr[data-ri]').length > 0;")
    browser.shot("conversations-390.png")
finally:
    browser.close()
