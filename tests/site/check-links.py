#!/usr/bin/python3
"""check-links.py SITE: every internal link of every HTML page of SITE
leads to something the site serves (a file, the page FILE.html of an
extensionless IRI path, or DIR/index.html). Prints the broken ones; exit 1
if any. Standard library only."""
import html.parser
import os
import sys
import urllib.parse


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.hrefs.append(v)


def served(site, path):
    full = os.path.normpath(os.path.join(site, path))
    if not full.startswith(os.path.normpath(site)):
        return False
    return (os.path.isfile(full) or os.path.isfile(full + ".html")
            or os.path.isfile(os.path.join(full, "index.html")))


def main():
    site = sys.argv[1]
    broken = checked = 0
    for root, _, files in os.walk(site):
        for name in files:
            if not name.endswith(".html"):
                continue
            page = os.path.join(root, name)
            parser = Links()
            parser.feed(open(page, encoding="utf-8").read())
            for href in parser.hrefs:
                u = urllib.parse.urlsplit(href)
                if u.scheme or u.netloc or not u.path:
                    continue  # external, or this page's own fragment
                target = urllib.parse.unquote(u.path)
                rel = target.lstrip("/") if target.startswith("/") else \
                    os.path.relpath(os.path.join(os.path.dirname(page), target), site)
                checked += 1
                if not served(site, rel):
                    broken += 1
                    print(f"{os.path.relpath(page, site)}: broken link {href}")
    print(f"{checked} internal links checked, {broken} broken")
    sys.exit(1 if broken or not checked else 0)


if __name__ == "__main__":
    main()
