# Runs Debian's wapiti 3.0.4 with one fix: it compiles its exclusion patterns ("-x URL*") with the
# inline flags at the end, "…\Z(?ms)", which Python 3.11 refuses, so any wildcard exclusion
# crashed the crawler before it fetched a page. Same patterns, flags in front.
import re
import sys

from wapitiCore.net import crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + ".*".join(re.escape(part) for part in pattern.split("*")) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
