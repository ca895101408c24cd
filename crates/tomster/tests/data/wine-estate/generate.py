#!/usr/bin/env python3
"""Writes the wine estate's year of exports (the `domaine-viticole` template), the worked
example of `tests/progress.rs`: every figure here is chosen so that the test's expected values
can be worked out by hand from the tables below.

- instagram-posts-2027.csv: a Meta Business Suite Instagram post export (English headers).
  Posts on Monday, Wednesday and Friday at 10:00, except in April and May (Wednesdays only).
  Each month's reach is the REACH table, spread over its posts (the last post takes the rest).
- facebook-posts-2027.csv: a Meta Business Suite Facebook page post export. Posts on Tuesday
  and Thursday at 18:00, none in August.
- domaine-2027.csv: the estate's own figures as a long CSV (date, network, metric, value), each
  month's on its last day: tastings booked, professional meetings (leads), repeat purchase rate.

Run it again to rewrite the files; the test reads the files, not this script.
"""

import calendar
import csv
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2027

REACH = [3100, 3300, 3400, 2600, 2500, 3600, 3900, 4200, 4300, 4500, 4700, 4900]
TASTINGS = [12, 15, 16, 19, 24, 22, 30, 33, 36, 30, 25, 28]
LEADS = [2, 2, 3, 2, 3, 3, 1, 0, 3, 3, 3, 4]
REPEAT_RATE = [22.0, 22.5, 22.5, 23.0, 23.0, 23.5, 24.0, 24.0, 24.5, 25.0, 25.0, 25.5]


def days(month, weekdays):
    """The days of a month that fall on the given weekdays (Monday is 0)."""
    last = calendar.monthrange(YEAR, month)[1]
    return [datetime.date(YEAR, month, d) for d in range(1, last + 1)
            if datetime.date(YEAR, month, d).weekday() in weekdays]


def instagram():
    header = ["Post ID", "Account ID", "Account username", "Account name", "Description",
              "Duration (sec)", "Publish time", "Permalink", "Post type", "Data comment", "Date",
              "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"]
    rows = []
    number = 0
    for month in range(1, 13):
        weekdays = (2,) if month in (4, 5) else (0, 2, 4)
        posts = days(month, weekdays)
        share = REACH[month - 1] // len(posts)
        for i, day in enumerate(posts):
            number += 1
            reach = share if i < len(posts) - 1 else REACH[month - 1] - share * (len(posts) - 1)
            kind = ["IG carousel", "IG image", "IG reel"][number % 3]
            rows.append([str(18000000000000000 + number), "17841400000000001", "domaine.des.coteaux",
                         "Domaine des Coteaux", f"Au domaine, publication {number}", "0",
                         day.strftime("%m/%d/%Y") + " 10:00",
                         f"https://www.instagram.com/p/DdC{number:05d}/", kind, "", "Lifetime",
                         str(reach * 2), str(reach), str(reach // 20), str(reach // 200), "1",
                         str(reach // 100), str(reach // 150)])
    write("instagram-posts-2027.csv", header, rows)


def facebook():
    header = ["Post ID", "Page ID", "Page name", "Title", "Description", "Duration (secs)",
              "Publish time", "Permalink", "Post type", "Data comment", "Date", "Views", "Reach",
              "Reactions", "Comments", "Shares"]
    rows = []
    number = 0
    for month in range(1, 13):
        if month == 8:
            continue
        for day in days(month, (1, 3)):
            number += 1
            rows.append([f"1221214746206{number:05d}", "61569323000001", "Domaine des Coteaux",
                         "", f"Au chai, publication {number}", "0",
                         day.strftime("%m/%d/%Y") + " 18:00",
                         f"https://www.facebook.com/61569323000001/posts/{number}/", "Photos", "",
                         "Lifetime", "400", "250", "12", "2", "1"])
    write("facebook-posts-2027.csv", header, rows)


def own_figures():
    header = ["date", "network", "metric", "value"]
    rows = []
    for month in range(1, 13):
        last = datetime.date(YEAR, month, calendar.monthrange(YEAR, month)[1]).isoformat()
        rows.append([last, "google_business_profile", "degustations_reservees",
                     str(TASTINGS[month - 1])])
        rows.append([last, "instagram", "leads", str(LEADS[month - 1])])
        rows.append([last, "instagram", "repeat_purchase_rate", str(REPEAT_RATE[month - 1])])
    write("domaine-2027.csv", header, rows)


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    instagram()
    facebook()
    own_figures()
