"""The line shapes text mode matches: promos, credits, bylines, date lines, datelines, furniture.

Each pattern says which shape of line it serves and why; the rules that use them live in
``lines``, ``headline``, ``story`` and ``route``."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.vocabulary import (
    AD_LABELS,
    BY_WORDS,
    CLOSING_QUOTES,
    CREDIT_LABELS,
    PHOTO_LABELS,
    SENTENCE_MARKS,
    alternation,
)

# Promotional links inserted between paragraphs: "Baca Juga: <title>" and its equivalents. News
# sites print them anywhere (first or last line, twice), with an object word before the colon
# ("Simak juga Video: …", "Baca Juga Artikel: …"), with the title in quotes, or with no colon at
# all ("Tonton juga video \"…\""): one shape, a promo verb phrase then a title.
PROMO_VERB: Final = (
    r"baca juga|baca pula|baca lagi|baca|simak juga|simak|lihat juga|lihat|tonton juga|tonton"
    r"|saksikan juga|saksikan|read more|read also|also read|related|see also|more|watch"
    r"|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|a lire aussi|leia também|leia mais"
    r"|lee también|lea también|artikel berkaitan|berita terkait|artikel terkait"
)
PROMO_OBJECT: Final = r"(?:\s+(?:juga|video|videonya|foto|artikel|berita|infografis|selengkapnya))*"
PROMO: Final = re.compile(
    rf"^(?:{PROMO_VERB}){PROMO_OBJECT}\s*:\s*[\"“'‘«]?(?P<title>.+?)[\"”'’»]?\s*$",
    re.IGNORECASE,
)
# Without a colon the verb alone is too common a sentence opener ("Simak penjelasannya"): the
# promo reads "<verb> juga …" or "<verb> video …".
PROMO_NO_COLON: Final = re.compile(
    r"^(?:(?:baca|simak|lihat|tonton|saksikan) juga|(?:simak|saksikan|tonton|lihat|watch)"
    r"(?: juga)? video(?:nya)?)\b(?:\s+(?:video|videonya|artikel|berita))?\s*"
    r"(?P<title>[\"“'‘«]?.{0,200}?)\s*$",
    re.IGNORECASE,
)
QUOTES: Final = "\"“”'‘’«» "
# What a news site's copy handler appends to text copied off an article, which scrapers that copy
# a page's selection keep as the story's last lines: a link back to the article under its
# channel's name ("Baca artikel detiknews, \"<headline>\" selengkapnya https://…", read the
# whole article at …), then an invitation to the site's app (APP_INVITE). A promo whose title is
# quoted and whose address ends the line; naming the article itself, it gives its address.
COPY_LINK: Final = re.compile(
    r"^baca (?:artikel|berita)(?: [^\s\"“”,]{2,40})?,?\s+[\"“'‘](?P<title>.{2,300}?)[\"”'’],?"
    r"\s+selengkapnya(?:\s+di)?(?:\s*:?\s*(?P<url>https?://\S+?))?[.,]?$",
    re.IGNORECASE,
)
#: The words COPY_LINK opens with.
COPY_LINK_OPENERS: Final = ("baca artikel", "baca berita")
# An invitation to install the site's app: "Download Apps Detikcom Sekarang https://…",
# "Unduh aplikasi Kompas.com untuk akses berita lebih mudah:". Only the invitation's own shapes:
# "now" / "sekarang" after a name, or an app named by the site's domain. A how-to's step names
# an app and where to get it ("Download aplikasi PeduliLindungi di Play Store") and stays.
APP_INVITE: Final = re.compile(
    r"^(?:download|unduh)\s+(?:(?:the|our)\s+)?(?:apps?|aplikasi(?:nya)?)\s+"
    r"(?:(?:\S+\s+){0,3}?(?:sekarang|now)\b[\s:!.-]*(?:(?:https?://|www\.)\S+)?"
    r"|[\w-]+\.(?:com|co\.id|id|net)\b.{0,120})$",
    re.IGNORECASE,
)
#: The words APP_INVITE opens with.
APP_INVITE_OPENERS: Final = ("download", "unduh")
# An embed placeholder a scraper leaves where a player or widget was: "[Gambas:Video 20detik]",
# "[Embed: twitter]" — a bracketed "kind: reference", never text a reader sees.
EMBED: Final = re.compile(r"^\[[^\[\]:]{1,40}:[^\[\]]{0,80}\]$")
# A pager a scraper flattened to text, on a line of its own: "Halaman selanjutnya", "Halaman 2",
# "Halaman 2 dari 3", "1 2 Selanjutnya", "Page 2 of 3", and the link that opens the rest of a
# story ("Baca selengkapnya", "Selengkapnya »"). Controls, never a story's sentence: each has no
# verb of its own and no stop (a pager's "Selanjutnya:" with a colon is a label and stays).
PAGER: Final = (
    r"halaman\s+(?:selanjutnya|berikutnya|sebelumnya|\d{1,3}(?:\s+dari\s+\d{1,3})?)"
    r"|(?:\d{1,3}\s+){1,12}(?:selanjutnya|berikutnya|next)"
    r"|page\s+\d{1,3}\s+of\s+\d{1,3}|next page|previous page|sebelumnya|selanjutnya"
    r"|(?:baca\s+)?selengkapnya(?:\s+di\s+(?:sini|bawah\s+ini))?"
)
#: The longest line PAGER matches: 12 numbers of three digits and their spaces, then "berikutnya".
PAGER_MAX_CHARS: Final = 12 * 4 + len("berikutnya") + 4
# Lines that are page furniture in any article (ads, scroll hints, pagers, channel invitations).
NOISE: Final = re.compile(
    # The scroll hint under an ad slot, worded two ways and run together with the ad's label
    # when a scraper joins the slot's two lines ("ADVERTISEMENT SCROLL TO RESUME CONTENT").
    rf"^(?:(?:{alternation(AD_LABELS)})?\s*scroll to (?:continue with|resume) content"
    # An ad label may stand between dashes ("- Advertisement -"), as WordPress ad slots print it.
    rf"|(?:[-–—]\s*)?(?:{alternation(AD_LABELS)})(?:\s*[-–—])?"
    rf"|(?:[«‹<]\s*)?(?:{PAGER})(?:\s*[»›>]{{1,2}})?"
    r"|ads|x|close|tutup|share|bagikan|perbesar"
    r"|[-*_=•·]{3,}"
    r"|.{0,80}\b(?:whatsapp|telegram) (?:channel|saluran)\b.{0,80}"
    r"|.{0,60}\b(?:ikuti|follow|gabung|join)\b.{0,40}\b(?:whatsapp|telegram|google news)\b.{0,80})$",
    re.IGNORECASE,
)
#: The longest line NOISE matches other than a run of rule characters: 60 + 6 + 40 + 11 + 80
#: characters (its follow-us alternative). Longer lines skip the regex, whose bounded ``.{0,80}``
#: alternatives are otherwise tried at length after length on every paragraph.
NOISE_MAX_CHARS: Final = 197
NOISE_RULE_CHARS: Final = "-*_=•·"
#: The longest line NOISE matches without a messenger's name or a run of rule characters: its
#: fixed words ("scroll to continue with content", the ad labels) match one character each.
NOISE_WORDS_MAX_CHARS: Final = max(
    PAGER_MAX_CHARS,
    *(len(word) + 4 for word in ("advertisement scroll to continue with content", *AD_LABELS)),
)
#: What every follow-us alternative of NOISE holds (one of them, in any case): a line without
#: them skips NOISE's bounded ``.{0,80}`` alternatives, tried at length after length.
NOISE_MESSENGERS: Final = ("whatsapp", "telegram", "google news")
# "Editor: M Bayu Pratama", "Penulis: …", "Reporter: …", "Sumber: Al Jazeera" …
CREDIT: Final = re.compile(
    rf"^(?P<label>{alternation(tuple(CREDIT_LABELS))})\s*:\s*(?P<who>.{{1,160}})$",
    re.IGNORECASE,
)
CREDIT_FIELD: Final = CREDIT_LABELS
# "By Jane Doe" / "Oleh: Jane Doe" bylines stand alone on a short line.
BYLINE: Final = re.compile(
    rf"^(?:{alternation(BY_WORDS)})\s*:?\s+(?P<who>[^\d.!?]{{2,100}})$", re.IGNORECASE
)
# A byline's label alone on its line ("By", "By:", "Written by", "Author:"): the page printed
# the name under it as a line of its own ("Great Day Editorial Team", "The Investopedia Team").
BYLINE_LABEL: Final = re.compile(
    rf"^(?:{alternation(BY_WORDS)}|author|authors|penulis|written by|posted by)\s*:?$",
    re.IGNORECASE,
)
# A byline naming the writer's role before "by" ("Written by …", "Medically reviewed by …",
# "Fact-checked by …", "Ditulis oleh …"): review and how-to pages print one to three of them
# just above the story, where the headline search took them for the headline. The roles are
# listed: "Killed by police" or "Stand by Me" open headlines with a participle before "by".
ROLE_BYLINE: Final = re.compile(
    r"^(?:(?:medically|expertly|last)\s+)?(?:written|edited|reviewed|fact[- ]?checked|posted"
    r"|published|updated|photographed|illustrated|reported|compiled|produced|researched|verified"
    r"|authored"
    r"|ditulis|disunting|diedit|diperbarui)\s+(?:by|oleh)",
    re.IGNORECASE,
)
# A story's reading time on a line of its own or beside its byline ("~ 6 minutes read",
# "Bridgestone Team | 5 min read", "· 12 minute read"): page furniture above the story.
READING_TIME: Final = re.compile(
    r"\b\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+(?:read|baca)\b", re.IGNORECASE
)
# Lines a page prints around its headline that name no article: a copyright line ("© A.M.
# Best Company, Inc.", "Copyright 2025 …"), a link to the site's editorial process, a print
# button, a dated publishing byline ("Published on December 2nd, 2025 by …").
PAGE_NOTE: Final = re.compile(
    r"^(?:©|copyright\s+(?:©|\(c\)|\d{4}))|\beditorial (?:process|policy|guidelines|standards)\b"
    r"|\bclick to print\b|^print this page\b"
    r"|^(?:published|posted|updated)\s+on\s+[^|]{0,30}\d[^|]{0,12}\s(?:by|oleh)\s",
    re.IGNORECASE,
)
# "Artikel ini telah tayang di Kompas.com dengan judul …" and English equivalents: syndication.
SYNDICATED: Final = re.compile(
    r"^(?:artikel ini (?:telah )?(?:tayang|terbit|dimuat)(?: lebih dulu)? di|this (?:article|story)"
    r" (?:was|first) (?:originally )?(?:published|appeared) (?:in|on|by))\s+(?P<src>[^\s,.]+(?:\.[a-z]{2,})*)",
    re.IGNORECASE,
)
# "Dikutip Pikiranrakyat-Bekasi.com dari Al Jazeera, …": the source inside a news paragraph.
QUOTED_FROM: Final = re.compile(
    r"\b(?:dikutip|dilansir|mengutip|melansir|sebagaimana dikutip|seperti dikutip|seperti dilansir)"
    r"\s+(?:\S+\s+){0,3}?dari\s+(?P<src>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})",
)
REUTERS_CREDIT: Final = re.compile(
    r"^\((?:reporting|additional reporting|writing) by (?P<who>[^;)]+)"
    r"(?:;\s*(?:editing by (?P<editors>[^;)]+)|[^;)]*))*\)$",
    re.IGNORECASE,
)
# A date/time line above the body: "- 24 Oktober 2020, 06:25 WIB", "Kompas.com - 21/10/2025, 20:43 WIB";
# a day may be written as an ordinal ("June 5th, 2025", "5th December 2025"): unrecognised, a
# date under a headline gave the headline no date and the deck under it won. A comma may
# stand between the month and the year ("Sat, 20 Dec, 2025 - 06:36", "15 Dec, 2025"):
# unrecognised, the date line itself ranked as the headline above a short story.
DATE_LINE: Final = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-zÀ-ÿ]{3,10}\.?,?\s+\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b[A-Za-z]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b)"
)
# Caption credits: "… /Twitter/@SecPompeo", "… (Liputan6.com/Angga Yuniar)", "… Foto: ANTARA/…".
# The caption is what stands before the leftmost credit that runs to the line's end: one
# pattern per credit shape, each searched only where its fixed part is in the line (a
# combined pattern with a lazy caption tried every credit shape at every length of every
# line: the costliest regex of text mode).
CREDIT_SLASH: Final = re.compile(
    r"\s*(?<=\s)/\s*(?P<credit>[^\s/][^/]{0,60}(?:/[^/]{1,60}){0,3})\s*$"
)
# A source's name is a whole word ("(AP Photo/…)", "(Ist)"), not the start of one: "(Apache
# Pinot)", "(April 22nd)", "(approximately $13.99 USD)" are a story's list items, dates and
# prices, which half A's clean stories lost as captions. A site's address has a name of two
# characters or more and its ending in lower case, or a slash after it ("(TRIBUNNEWS.COM/…)"):
# "(VB.NET)", "(u.id = o.user_id)", "(timescaledb.continuous)" are code and product names.
CREDIT_PAREN: Final = re.compile(
    r"\((?P<credit>(?:(?:foto|photo|dok|dokumentasi|ist|istimewa|antara|reuters|ap|afp|getty)\b"
    r"|[\w-]{2,}(?:\.[\w-]+)*\.(?:(?-i:com|co|id|net)\b|(?:com|co|id|net)/))[^()]{0,80})\)\s*$",
    re.IGNORECASE,
)
CREDIT_LABEL: Final = re.compile(
    rf"\b(?:{alternation(PHOTO_LABELS)})\s*:\s*(?P<credit>.{{2,80}})\s*$", re.IGNORECASE
)
# A photo credit no sentence ends with, so the line is a caption however long:
# "(Liputan6.com/Angga Yuniar)", "(Foto: ANTARA/Hafidz)", "(Dok. Humas)".
PHOTO_CREDIT: Final = re.compile(
    r"\((?:[\w.-]+\.(?:com|co|id|net)/[^()/]{2,60}|(?:foto|photo|dok|dokumentasi)\b[^()]{1,80})\)\s*$",
    re.IGNORECASE,
)
# A photo credit alone on its line, under its caption: an agency or paper in capitals (or
# "… Photo"/"… Foto"), a slash, the photographer, maybe the editor's initials:
# "ANTARA FOTO/Sigid Kurniawan/aww.", "REUTERS/Willy Kurniawan", "AP Photo/Evan Vucci".
CREDIT_ONLY: Final = re.compile(
    r"^(?P<credit>(?P<agency>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}?(?:\s(?:FOTO|PHOTO|Foto|Photo))?)"
    r"\s?/\s?[^\W\d_][^/]{1,60}(?:/[^/\s]{1,20}){0,2})$"
)
# A quoted title at the start of a promo's rest: 'Tonton juga video "…" di sini:'.
QUOTED_TITLE: Final = re.compile(r"^[\"“'‘«](?P<title>[^\"“”'‘’«»]{2,200})[\"”'’»]")
# A headline: short, several words, not a sentence that ends in a period.
MAX_TITLE_CHARS: Final = 300
# "PR BEKASI -", "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "WASHINGTON (Reuters) -",
# "KUALA LUMPUR:": a place/agency tag before a dash (or a colon after capitals) opens the story.
DATELINE: Final = re.compile(
    r"^(?P<tag>(?:[A-Z][\w.'&-]*|\([A-Za-z][\w. &'-]{0,30}\))(?:,?\s+(?:[A-Z][\w.'&-]*|\([A-Za-z][\w. &'-]{0,30}\)|[a-z]\w*\.(?:com|co|id)))*?,?)"
    r"\s*(?:[-–—]+\s+|:\s+(?=[A-Z\"“]))(?P<rest>\S.*)$",
    re.DOTALL,
)
DATELINE_MAX_WORDS: Final = 6
END_MARKERS: Final = re.compile(
    r"\s*(?:\*{3,}|\(\s*[a-z]{2,5}\s*/\s*[a-z]{2,5}\s*\)|\[[a-z]{2,5}/[a-z]{2,5}\]|#{3,}|\(\*\))\s*$",
    re.IGNORECASE,
)
#: The last character before trailing space of every line END_MARKERS matches: lines ending
#: otherwise (nearly all) skip the regex, which ``sub`` would try at every position.
END_MARKER_LAST: Final = "*)]#"
# A quote's attribution closing a paragraph after its last stop, set off by an en or em dash
# ("… grow quickly. <dash> Ken Englund, Americas technology sector growth leader, EY"): the paragraph's
# sentences are whole, and read as a line without a stop, a feature quoting its sources this
# way lost every quote to the page's teasers.
ATTRIBUTION: Final = re.compile(r"[.!?][\"”’]?\s+[–—]\s*[A-Z][^.!?–—]{2,100}$")
ATTRIBUTION_MAX_CHARS: Final = 110
SENTENCE_END: Final = re.compile(rf"[{SENTENCE_MARKS}{CLOSING_QUOTES})]\s*$")
# Navigation words that open a block of menu entries at the foot of a page.
NAV_OPENERS: Final = frozenset(
    {
        "tags",
        "tag",
        "topik",
        "topics",
        "artikel pilihan",
        "terkait",
        "berita terkait",
        "terkini",
        "terpopuler",
        "popular",
        "most popular",
        "related articles",
        "related stories",
        "more stories",
        "trending",
        "komentar",
        "comments",
        "share this article",
    }
)

# Where a page's story has ended: its footer's legal lines (copyright, a cookie banner) at any
# length, and short headings opening its comment thread ("34 responses to …", "Leave a Reply")
# or a teaser block around it ("Read This Next", "More Videos", "You may also like"). Asked only
# of a page's text (one line per block): these lines head what is not the story.
# A copyright line names a year ("© 2019 Associated Press", "Copyright 2024 …") or the
# reservation of rights: "© Reuters" is a photo credit and "Copyright Complexity in a
# Fragmented World" a subheading, no footer.
LEGAL_LINE: Final = re.compile(
    r"^(?:(?:copyright|©|\(c\))\W{0,3}(?:copyright\W{0,3})?(?:.{0,60}?\b(?:19|20)\d{2}\b|©|\(c\))"
    r"|(?:copyright|©).{0,80}?rights reserved"
    r"|all rights reserved|this (?:web)?site uses cookies|we use cookies)",
    re.IGNORECASE,
)
SECTION_HEADING: Final = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies)\b|(?:leave|post|add) a (?:reply|comment)"
    r"|you (?:may|might) (?:also )?(?:like|enjoy)|(?:read|see|up) (?:this )?next\b"
    r"|related (?:posts|articles|stories|news|content|coverage|reading)\b"
    r"|(?:more|recent|latest|popular|top) (?:videos|articles|posts|stories|news|headlines|reads)\b)",
    re.IGNORECASE,
)
#: The most words of a teaser block's heading or a comment thread's opening line.
SECTION_MAX_WORDS: Final = 8
# A comment thread's heading naming the post in quotes ("59 Comments on “The December Comfort
# Watches 2025, Day Eighteen: Starship Troopers”", "12 thoughts on “…”", WordPress's): as long
# as the title it quotes, it passed SECTION_MAX_WORDS, and a thread under a short post outweighed
# it and was kept as its story.
COMMENTS_ON: Final = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|thoughts)\s+(?:on|to)\s+[\"“‘'«]", re.IGNORECASE
)
# A comment thread's heading that only counts its comments ("109 Comments", "12 Responses"):
# the whole line, so that a post's meta line counting them beside its categories ("109 Comments
# | Grow a Garden") is none.
COMMENT_COUNT: Final = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|thoughts)$", re.IGNORECASE
)
# The header of one comment under a story: "thelastchargersfan says:" (WordPress), "by
# Fons_de_spons ( 1311177 ) writes: on Friday …" (Slashdot), "Jane wrote:". A story quotes
# with "said:" (left out), and "As Joel writes:" opens a quote once: only a page holding
# several (COMMENT_HEADERS_MIN) has a thread, each comment of which is no part of the story.
COMMENT_HEADER: Final = re.compile(
    r"^\S.{0,80}?\s(?:says|writes|wrote|schreibt|escribe|escreve|écrit)\s*:(?:\s+on\s.{0,100})?$",
    re.IGNORECASE,
)
COMMENT_HEADER_MAX_CHARS: Final = 200
COMMENT_HEADERS_MIN: Final = 3


# A time of day ("06:25", "06.25 WIB"), not two parts of a date written with dots ("11.18.19",
# "24.10.2020"): a dated issue's headline ("Opening Bell 11.18.19") read as a date line with a
# time lost its title and the story under it (ScrapingHub).
TIME: Final = re.compile(r"(?<!\d[./-])\b\d{1,2}[:.]\d{2}\b(?![./-]\d)")


# What sits between headline and story but is none: a credit or byline label ("Photo: …",
# "Текст: …"), an address, share buttons, a gallery counter, a credit in parentheses, a
# footnote, a wire byline.
NOT_HEADLINE: Final = re.compile(
    rf"^(?:{alternation(PHOTO_LABELS)}|text|texto|текст|credit|source|sumber"
    rf"|{alternation(BY_WORDS)})\b\s*[:.]?|@|https?://|www\.|\bshar(?:e|ing)\b|continue reading|read more"
    # A gallery counter ("3 / 12") ends the line; the end of a date ("12/19/2025") is none.
    r"|\bimage \d+ of\b|(?<![\d/])\d+\s*/\s*\d+$|^skip to\b"
    # A credit in parentheses, a footnote (a star that opens no emphasis: "*A Treatise*
    # (1792)" is a title in italics), a wire byline ("Tom Krisher, AP Auto Writer").
    r"|^\(.*\)$|^\*(?![^*\s][^*]*\*)|\b(?:writer|correspondent|reporter|editor|staff)$"
    # An archive's age notice over an old article's headline ("This article is more than 3
    # months old", "This story is over 5 years old"): headline-shaped, right under the headline.
    r"|^this (?:article|story|post) is (?:more than|over) [\w ]{1,20} old$"
    # A numbered table of contents glued into one line ("01 Why Is Query Optimization
    # Necessary?02 How to Measure Query Performance03 …"), printed twice like a headline.
    r"|^0?1\.? \S.*[^\s\d]0?2\.? [A-Z]",
    re.IGNORECASE,
)

# An affiliate or editorial disclosure: "We may earn a commission", "we may receive
# compensation", "We have financial relationships with some companies we cover", "Our reviewers
# research, test, and recommend the best products independently".
DISCLOSURE: Final = re.compile(
    r"\b(?:commissions?|compensation|affiliate links?|financial relationships?"
    r"|independently (?:research|evaluate|review|test|select|choose|recommend))\b"
    r"|\brecommend [\w ,]{0,40}\bindependently\b",
    re.IGNORECASE,
)

# A page's controls printed as a line: a menu or search toggle, sign-in and sign-up links, a
# menu glued into one line that ends on its search box ("Posts Music Reading Links Search").
# A headline may hold "menu" or "search" as a word ("The Search for Life on Mars") but it is
# only ranked lower for it (headline_shape), never dropped.
UI_CONTROL: Final = re.compile(
    r"\b(?:toggle|sign ?in|sign ?up|log ?in|log ?out)\b|\bmenu\b|\bsearch$", re.IGNORECASE
)

# A call to action opening a line: a page's box or banner asks the reader to act ("Get a
# Demo", "Start Monitoring for Free", "Unlock AI Briefing and Premium Content", "Explore our
# plans", "Save 20% today"); a news headline tells what happened, in the third person. "Learn
# more" is left out: a page's heading names its topic with it ("Learn More: Academic Tutoring").
CALL_TO_ACTION: Final = re.compile(
    r"^(?:get|start|subscribe|join|sign|discover|explore|try|unlock|grow|check out|see|view"
    r"|call|save|shop|download|request|learn about)\b",
    re.IGNORECASE,
)

# A full stop, question or exclamation mark, possibly inside closing quotes: what ends a reply
# ("\"Setuju,\" jawab mereka.") but not a headline in quotes or a caption credit in brackets.
STOP: Final = re.compile(rf"[{SENTENCE_MARKS}][{CLOSING_QUOTES}]?\s*$")


LIST_ITEM: Final = re.compile(r"^(?:\d{1,3}[.)]|[-•*·▪►✓])\s+\S")
