"""The tests' SMTP server: accepts mail on a loopback port and delivers it over LMTP into the tests' Dovecot.

Usage: python3 smtp_lmtp_relay.py PORT LMTP_SOCKET. Prints "ready" once it listens; stops on SIGTERM.
"""
import signal
import smtplib
import sys
import threading

from aiosmtpd.controller import Controller


class LmtpRelay:
    def __init__(self, socket_path):
        self.socket_path = socket_path

    async def handle_DATA(self, server, session, envelope):
        try:
            with smtplib.LMTP(self.socket_path) as lmtp:
                lmtp.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
        except smtplib.SMTPRecipientsRefused as error:
            return "550 " + "; ".join(f"{rcpt}: {reason}" for rcpt, reason in error.recipients.items())
        except (OSError, smtplib.SMTPException) as error:
            return f"451 delivery to Dovecot failed: {error}"
        return "250 delivered"


def main():
    port, socket_path = int(sys.argv[1]), sys.argv[2]
    controller = Controller(LmtpRelay(socket_path), hostname="127.0.0.1", port=port, data_size_limit=64 * 1024 * 1024)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("ready", flush=True)
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
