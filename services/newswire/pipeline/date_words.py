"""The words that label a date line: the last update's and the publication's, in the languages
of the month tables. ``dates`` reads a line's two dates by them (``split_update``); the HTML
extractor's date rules ask them of the labels around a date element (``date_labels``)."""

from __future__ import annotations

from typing import Final

#: The words that label a date as the last update, in the languages of the month tables written
#: in Latin letters, and Thai's (see ``update_label``, whose byte search holds each word in
#: every casing of its letters beyond ASCII).
UPDATE_WORDS: Final = (
    "updated",
    "modified",
    "aktualisiert",
    "actualizado",
    "actualizada",
    "actualización",
    "mis à jour",
    "actualisé",
    "modifié",
    "atualizado",
    "atualizada",
    "aggiornato",
    "aggiornata",
    "aggiornamento",
    "bijgewerkt",
    "diperbarui",
    "zaktualizowano",
    "aktualizacja",
    "aktualizováno",
    "güncellendi",
    "güncelleme",
    "uppdaterad",
    "oppdatert",
    "opdateret",
    "päivitetty",
    # More languages' forms of the same labels: Turkish "Güncellenme: …" (beside its publication),
    # Indonesian "Diupdate …", Malay "Dikemaskini …", Dutch "Laatst gewijzigd …", German
    # "Zuletzt geändert …", Italian and Spanish "modificato/modificado", Romanian "Actualizat
    # …", Hungarian "Frissítve …", Croatian "Ažurirano …", Slovak "Aktualizované …".
    "güncellenme",
    "diupdate",
    "dikemaskini",
    "dikemas kini",
    "gewijzigd",
    "geändert",
    "modificato",
    "modificata",
    "modificado",
    "modificada",
    "actualizat",
    "frissítve",
    "ažurirano",
    "aktualizované",
    # Vietnamese "Cập nhật: 06/12/2025 10:30" / "Cập nhật lúc …" and Thai "อัปเดต 6/12/2025"
    # (news sites of both write numeric dates, day first, which ``dates`` reads).
    "cập nhật",
    "อัปเดต",
)

#: The word that labels a date as the publication, in the languages of the month tables: "Published
#: on", "Veröffentlicht am", "Erschienen am", "Publié le", "Mis en ligne le", "Publicado el/em",
#: "Pubblicato il", "Gepubliceerd op", "Diterbitkan pada", "Opublikowano", Turkish's,
#: "Publicerad", "Publiceret", "Publisert", "Udgivet", "Publikováno", "Julkaistu", "Publicat",
#: "Megjelent", "Опубликовано", "Опубліковано", and the Korean, Japanese and Chinese labels below.
#: Each a participle or noun of publishing, none an update's word (``UPDATE_WORDS``).
PUBLISHED_WORDS: Final = (
    "published",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publiée",
    "mis en ligne",
    "publicado",
    "publicada",
    "pubblicato",
    "pubblicata",
    "gepubliceerd",
    "diterbitkan",
    "dipublikasikan",
    "opublikowano",
    "yayınlanma",
    "yayınlandı",
    "publicerad",
    "publicerat",
    "publiceret",
    "publisert",
    "udgivet",
    "publikováno",
    "zveřejněno",
    "julkaistu",
    "publicat",
    "megjelent",
    "опубликовано",
    "опубліковано",
    # Vietnamese "Đăng lúc 10:30 06/12/2025", "Ngày đăng: 06/12/2025" ("đăng" alone is also the
    # first word of "Đăng nhập", log in, and "Đăng ký", sign up: never a label alone), Thai
    # "เผยแพร่ 6/12/2025".
    "đăng lúc",
    "đăng ngày",
    "ngày đăng",
    "เผยแพร่",
    # The labels of Korean, Japanese and Chinese news and blog pages, whose dates are numeric
    # (year first, read by ``dates``): Korean "입력 2018.09.28 17:32" / "기사입력 :[ 2018-09-28 ]"
    # (the story's entry into the CMS, its publication: the update is "수정"), "등록", "작성일",
    # "게시일", "발행일"; Japanese "公開日", "投稿日", "掲載日", "配信日"; Chinese "发布时间",
    # "發布時間", "发布日期", "发表于", "發表於" (most with a full-width colon after them:
    # see ``date_labels``). A date line under such a
    # label is the page's own word for its story's date, as the European labels above are;
    # a page that states it nowhere else (no markup, no element named as a date: one SH news
    # page) had no date. Each word is matched whole (``(?!\w)`` after it), so "입력하세요" ("type
    # here", a form's hint) is not the label.
    "입력",
    "기사입력",
    "등록",
    "작성일",
    "게시일",
    "발행일",
    "公開日",
    "投稿日",
    "掲載日",
    "配信日",
    "发布时间",
    "發布時間",
    "发布日期",
    "發布日期",
    "发表于",
    "發表於",
)
