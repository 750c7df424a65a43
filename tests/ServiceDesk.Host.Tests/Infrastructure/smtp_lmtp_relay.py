"""The tests' SMTP server: accepts mail on a loopback port and delivers it over LMTP into the tests' Dovecot.

Usage: python3 smtp_lmtp_relay.py PORT LMTP_SOCKET [INTROSPECTION_URL]. With an OAuth2 token introspection URL
(RFC 7662), it also offers AUTH XOAUTH2, and takes a token that the URL calls active for the user who logs in; mail
without AUTH is still taken, as from an employee's mail program, and mail after AUTH is delivered with the user in an
X-Authenticated-User header, as mail servers note it in Received. Prints "ready" once it listens; stops on SIGTERM.
"""
import asyncio
import base64
import json
import signal
import smtplib
import sys
import threading
import urllib.parse
import urllib.request

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class LmtpRelay:
    def __init__(self, socket_path):
        self.socket_path = socket_path

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content
        if session.authenticated:
            content = f"X-Authenticated-User: {session.auth_data}\r\n".encode() + content
        try:
            with smtplib.LMTP(self.socket_path) as lmtp:
                lmtp.sendmail(envelope.mail_from, envelope.rcpt_tos, content)
        except smtplib.SMTPRecipientsRefused as error:
            return "550 " + "; ".join(f"{rcpt}: {reason}" for rcpt, reason in error.recipients.items())
        except (OSError, smtplib.SMTPException) as error:
            return f"451 delivery to Dovecot failed: {error}"
        return "250 delivered"


class OAuthLmtpRelay(LmtpRelay):
    """Also logs in with XOAUTH2: "user=NAME\\x01auth=Bearer TOKEN\\x01\\x01", base64, as the AUTH command's argument."""

    def __init__(self, socket_path, introspection_url):
        super().__init__(socket_path)
        self.introspection_url = introspection_url

    async def auth_XOAUTH2(self, server, args):
        response = base64.b64decode(args[1]) if len(args) > 1 else await server.challenge_auth("")
        fields = dict(part.split("=", 1) for part in response.decode().split("\x01") if "=" in part)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        answer = await asyncio.to_thread(self.introspect, token)
        if answer.get("active") is True and answer.get("username") == user:
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False)

    def introspect(self, token):
        body = urllib.parse.urlencode({"token": token}).encode()
        with urllib.request.urlopen(self.introspection_url, data=body, timeout=10) as answer:
            return json.load(answer)


def main():
    port, socket_path = int(sys.argv[1]), sys.argv[2]
    if len(sys.argv) > 3:
        handler = OAuthLmtpRelay(socket_path, sys.argv[3])
        # XOAUTH2 only, and without TLS: the server listens on loopback.
        auth = {"auth_require_tls": False, "auth_exclude_mechanism": ["PLAIN", "LOGIN"]}
    else:
        handler, auth = LmtpRelay(socket_path), {}
    controller = Controller(handler, hostname="127.0.0.1", port=port, data_size_limit=64 * 1024 * 1024, **auth)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("ready", flush=True)
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
