"""Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe): stdlib only.

Chromium reads NUL-terminated JSON commands on fd 3 and writes replies and events on fd 4, so there is no
port, no websocket and no driver download. Used by the browser tests of the HTML reports."""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe",
)
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def find_chromium() -> str | None:
    """Path of a Chromium binary: $CHROMIUM, then Debian's /usr/bin/chromium."""
    env = os.environ.get("CHROMIUM")
    if env and os.access(env, os.X_OK):
        return env
    return next((c for c in CHROMIUM_CANDIDATES if os.access(c, os.X_OK)), None) or shutil.which("chromium")


class BrowserError(RuntimeError):
    pass


class Page:
    """One tab: navigate, evaluate JavaScript, take screenshots; collects console errors and requests."""

    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session
        self.console_errors: list[str] = []
        self.requests: list[str] = []

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.send(method, params, session=self.session)

    def on_event(self, event: dict[str, Any]) -> None:
        method, p = event["method"], event.get("params", {})
        if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            self.console_errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p["args"]))
        elif method == "Runtime.exceptionThrown":
            details = p["exceptionDetails"]
            self.console_errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Log.entryAdded" and p["entry"]["level"] == "error":
            self.console_errors.append(f"{p['entry']['source']}: {p['entry']['text']}")
        elif method == "Network.requestWillBeSent":
            self.requests.append(p["request"]["url"])

    def goto(self, url: str, timeout: float = 30.0) -> None:
        self.browser.events.clear()
        reply = self.send("Page.navigate", url=url)
        if reply.get("errorText"):
            raise BrowserError(f"cannot open {url}: {reply['errorText']}")
        self.browser.wait_event("Page.loadEventFired", self.session, timeout)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (promises awaited); a JS exception raises BrowserError."""
        reply = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in reply:
            raise BrowserError(f"{expression!r} threw: {reply['exceptionDetails'].get('text')}")
        return reply["result"].get("value")

    def screenshot(self, path: Path, width: int = 1280, media: str = "screen") -> Path:
        """A PNG of the whole page (not just the viewport) at `width` CSS pixels."""
        self.send("Emulation.setEmulatedMedia", media=media)
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=False)
        height = int(self.evaluate("Math.ceil(document.documentElement.scrollHeight)"))
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=min(height, 16000),
                  deviceScaleFactor=1, mobile=False)
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        self.send("Emulation.setEmulatedMedia", media="")
        return path

    def pdf(self, path: Path) -> Path:
        """The page printed to PDF (print styles applied)."""
        data = self.send("Page.printToPDF", printBackground=True, preferCSSPageSize=True)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path


class Browser:
    """A Chromium process and the DevTools protocol over its pipe."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_fds() -> None:  # in the child: its fd 3 reads commands, its fd 4 writes replies
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self._log = (profile / "chromium.log").open("w+b")  # a file, not a pipe: a full pipe would block Chromium
        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
            preexec_fn=wire_fds, pass_fds=(3, 4),  # preexec_fn runs before the other fds are closed
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.pages: dict[str, Page] = {}

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self._dispatch(reply)

    def wait_event(self, method: str, session: str | None, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event
            self._dispatch(self._read(deadline))

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "method" not in message:
            return
        self.events.append(message)
        page = self.pages.get(message.get("sessionId", ""))
        if page is not None:
            page.on_event(message)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or self.proc.poll() is not None:
                raise BrowserError("Chromium did not answer" + self._stderr_tail())
            ready, _, _ = select.select([self._from_chrome], [], [], min(left, 1.0))
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise BrowserError("Chromium closed the DevTools pipe" + self._stderr_tail())
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def _stderr_tail(self) -> str:
        self._log.seek(0)
        return ": " + self._log.read().decode(errors="replace")[-800:]

    def new_page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self.pages[session] = page
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.send(f"{domain}.enable")
        return page

    def close(self) -> None:
        with suppress(BrowserError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            with suppress(OSError):
                os.close(fd)
        self._log.close()


@contextmanager
def chromium(binary: str) -> Iterator[Browser]:
    """A headless Chromium with a throw-away profile, closed (and its profile removed) afterwards."""
    with tempfile.TemporaryDirectory(prefix="jwt-audit-chromium-") as profile:
        browser = Browser(binary, Path(profile))
        try:
            yield browser
        finally:
            browser.close()
