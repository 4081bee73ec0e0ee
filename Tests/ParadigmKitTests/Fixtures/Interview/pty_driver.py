#!/usr/bin/env python3
"""Drives a program on a real pseudo-terminal, for InterviewTerminalTests.

Usage: pty_driver.py SPEC.json

The spec is {"argv": [...], "cwd": "...", "env": {...}, "steps": [...]}; each step is one of
  {"expect": REGEX}                      wait until the output (escape codes removed) matches
  {"send": TEXT}                         type TEXT ("\r" is Enter, "\u0003" Ctrl-C, "\u0004" Ctrl-D)
  {"answer_all": TEXT, "until": REGEX}   at every new prompt ("> " at the end of the output)
                                         type TEXT + Enter, until REGEX appears
  {"signal": NAME}                       send the signal (TERM, HUP, QUIT, ...) to the program
  {"hangup": true}                       close the terminal, as closing its window does
  {"exit": CODE}                         wait for the program to end with CODE
Every wait is bounded ("timeout" seconds on a step, 30 by default). Prints the transcript, and
exits 0 when every step held, 1 with the reason otherwise. The program is killed on any failure.
"""

import json
import os
import pty
import re
import select
import signal
import sys
import time

ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Session:
    def __init__(self, spec):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(spec["cwd"])
                os.execve(spec["argv"][0], spec["argv"], spec["env"])
            finally:
                os._exit(127)
        self.raw = b""
        self.seen = 0  # how much of the text the last expectation consumed
        self.status = None
        self.closed = False

    @property
    def text(self):
        return ESCAPES.sub("", self.raw.decode("utf-8", "replace")).replace("\r\n", "\n")

    def pump(self, seconds):
        """Reads what the program wrote for up to `seconds`; False once it has ended."""
        if self.closed:
            time.sleep(seconds)
            return False
        ready, _, _ = select.select([self.fd], [], [], seconds)
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            return False
        self.raw += chunk
        return True

    def expect(self, pattern, timeout):
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            match = regex.search(self.text, self.seen)
            if match:
                self.seen = match.end()
                return
            if time.monotonic() > deadline:
                fail(self, "timed out after %ss waiting for %r" % (timeout, pattern))
            if not self.pump(0.2):
                match = regex.search(self.text, self.seen)
                if match:
                    self.seen = match.end()
                    return
                fail(self, "the program ended while waiting for %r" % pattern)

    def at_prompt(self):
        return self.text.endswith("> ")

    def answer_all(self, answer, until, timeout):
        regex = re.compile(until)
        deadline = time.monotonic() + timeout
        answered = 0
        while True:
            if time.monotonic() > deadline:
                fail(self, "timed out after %ss answering %r until %r" % (timeout, answer, until))
            match = regex.search(self.text, self.seen)
            if match and self.at_prompt():
                self.seen = match.end()
                return
            if self.at_prompt() and len(self.text) > self.seen:
                if answered > 300:
                    fail(self, "answered 300 prompts without reaching %r" % until)
                self.seen = len(self.text)
                os.write(self.fd, (answer + "\r").encode())
                answered += 1
            if not self.pump(0.2):
                fail(self, "the program ended while answering until %r" % until)

    def wait_exit(self, code, timeout):
        deadline = time.monotonic() + timeout
        while self.status is None:
            self.pump(0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                while self.pump(0.05):
                    pass
            elif time.monotonic() > deadline:
                fail(self, "the program did not end within %ss" % timeout)
        if self.status != code:
            fail(self, "the program ended with %s, expected %s" % (self.status, code))


def fail(session, reason):
    if session.status is None:
        try:
            os.kill(session.pid, signal.SIGKILL)
            os.waitpid(session.pid, 0)
        except OSError:
            pass
    print(session.text)
    print("PTY DRIVER FAILURE: " + reason)
    sys.exit(1)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        spec = json.load(handle)
    session = Session(spec)
    for step in spec["steps"]:
        timeout = step.get("timeout", 30)
        if "expect" in step:
            session.expect(step["expect"], timeout)
        elif "send" in step:
            os.write(session.fd, step["send"].encode())
        elif "answer_all" in step:
            session.answer_all(step["answer_all"], step["until"], timeout)
        elif "signal" in step:
            os.kill(session.pid, getattr(signal, "SIG" + step["signal"]))
        elif "hangup" in step:
            os.close(session.fd)
            session.closed = True
        elif "exit" in step:
            session.wait_exit(step["exit"], timeout)
    if session.status is None:
        fail(session, "the spec ended without an exit step")
    print(session.text)


if __name__ == "__main__":
    main()
