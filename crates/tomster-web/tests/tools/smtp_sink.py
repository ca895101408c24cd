#!/usr/bin/env python3
"""A real SMTP server for the delivery tests (aiosmtpd): every message it receives is written to
FOLDER as one JSON file (envelope, decoded headers, the text part, the attachments' names, types,
sizes and first bytes), so that the Rust test reads what a mail client would show.

Usage: smtp_sink.py FOLDER PORT. Prints "ready" once listening; stops when its standard input
closes (the test ends) or it is killed.
"""
import email
import json
import os
import sys
from email import policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        body = message.get_body(preferencelist=("plain",))
        attachments = []
        for part in message.iter_attachments():
            data = part.get_payload(decode=True) or b""
            attachments.append(
                {
                    "filename": part.get_filename(),
                    "content_type": part.get_content_type(),
                    "size": len(data),
                    "head": data[:5].decode("latin-1"),
                }
            )
        self.count += 1
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"]),
            "text": body.get_content() if body is not None else "",
            "attachments": attachments,
        }
        path = os.path.join(self.folder, f"{self.count:04}.json")
        with open(path + ".part", "w", encoding="utf-8") as file:
            json.dump(record, file, ensure_ascii=False)
        os.replace(path + ".part", path)
        return "250 OK"


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
