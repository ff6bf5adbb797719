"""An article's URL as its identity: one story reached by slightly different links is one article.

Links to one page differ in ways that do not change the page: http or https,
the host name's letter case, a default port, a trailing slash, a #fragment,
and the tracking parameters newsletters and social sites append
(?utm_source=newsletter, ?fbclid=...). `identity` drops exactly those and
keeps every other parameter, since any other may pick another page
(?page=2, ?id=17). The URL as given is still what an article shows.
"""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

# parameters that say how a reader arrived, never which page they read (compared in lower case)
_TRACKING_PREFIXES = ("utm_",)
_TRACKING = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
    "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
    "oly_enc_id", "vero_id", "cmp", "smid", "ocid",
})
_DEFAULT_PORTS = (":80", ":443")


def _tracking(parameter: str) -> bool:
    """Whether a `name=value` query parameter only tracks the reader."""
    name = parameter.partition("=")[0].lower()
    return name in _TRACKING or name.startswith(_TRACKING_PREFIXES)


def identity(url: str) -> str:
    """The form of a web address that every link to the same page shares; anything that
    is not an http(s) address (a file path, a tag URI) is only stripped of surrounding space."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return url
    userinfo, at, host = parts.netloc.rpartition("@")
    host = host.lower()
    for port in _DEFAULT_PORTS:
        host = host.removesuffix(port)
    # parameters are filtered as written, not re-encoded, so what is kept stays byte for byte
    query = "&".join(p for p in parts.query.split("&") if p and not _tracking(p))
    return urlunsplit(("https", userinfo + at + host, parts.path.rstrip("/"), query, ""))
