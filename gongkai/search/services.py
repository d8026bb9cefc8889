"""Write side of search: index and unindex documents, keep the jieba user dictionary."""

# Other apps call :func:`index_upsert` when an object is published or amended and
# :func:`index_remove` when it is withdrawn or deleted. Both write the document row and the backend
# index in one transaction (the caller's, if any), so a withdrawn document is gone from results as
# soon as that transaction commits, and at once inside it.

import datetime
import threading
import zlib
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from gongkai.orgs.models import Organisation

from . import doc_classes, text
from .backends import IndexEntry, get_backend
from .backends.base import KEY_SHIFT
from .models import SearchDocument, SearchTerm, SearchText

_dictionary_loaded = threading.Event()
# Apps that index their objects register how to index all of them again (search_reindex --sources
# runs these first, so documents indexed by an older version get what the index now stores).
_sources: dict[str, Callable[[], int]] = {}


def register_source(object_type: str, index_all: Callable[[], int]) -> None:
    """Register the function that calls index_upsert for every public object of a type (returns
    how many it indexed)."""
    _sources[object_type] = index_all


def index_sources() -> dict[str, int]:
    """Index every registered source's objects again; return how many each indexed."""
    return {name: index_all() for name, index_all in sorted(_sources.items())}


def ensure_dictionary() -> None:
    """Load the SearchTerm user dictionary into the tokenizer once per process."""
    if not _dictionary_loaded.is_set():
        text.add_user_words(SearchTerm.objects.values_list("word", "frequency"))
        _dictionary_loaded.set()


def add_term(
    word: str, *, kind: str = SearchTerm.Kind.POLICY, frequency: int | None = None
) -> SearchTerm:
    """Add (or update) a user dictionary word; documents indexed later are cut with it."""
    term, _ = SearchTerm.objects.update_or_create(
        word=word.strip()[:64], defaults={"kind": kind, "frequency": frequency}
    )
    ensure_dictionary()
    text.add_user_words([(term.word, term.frequency)])
    return term


def remove_term(word: str) -> None:
    SearchTerm.objects.filter(word=word.strip()).delete()
    text.forget_user_word(word)


def sync_org_terms() -> int:
    """Add active organisations' official and short names to the dictionary; return how many."""
    existing = set(SearchTerm.objects.values_list("word", flat=True))
    new: list[SearchTerm] = []
    for name, short in Organisation.objects.filter(is_active=True).values_list(
        "name", "short_name"
    ):
        for word in (name, short):
            word = (word or "").strip()[:64]
            if len(word) >= 2 and word not in existing:
                existing.add(word)
                new.append(SearchTerm(word=word, kind=SearchTerm.Kind.ORGANISATION))
    SearchTerm.objects.bulk_create(new)
    ensure_dictionary()
    text.add_user_words((t.word, None) for t in new)
    return len(new)


def _title_text(doc: SearchDocument) -> str:
    fields = (doc.title, doc.doc_number, doc.index_number, doc.keywords)
    return text.normalise("\n".join(p for p in fields if p))


def _body_text(doc: SearchDocument) -> str:
    fields = (doc.body, doc.attachments_text, doc.org_name)
    return text.normalise("\n".join(p for p in fields if p))


def match_text(doc: SearchDocument) -> str:
    """Return the document's canonical text (text.canonical) that phrases are checked against
    (title, 文号, 索引号, keywords, body, attachments, organisation)."""
    return text.canonical(_title_text(doc)) + "\n" + text.canonical(_body_text(doc))


def _save_texts(docs: list[SearchDocument], texts: list[str]) -> None:
    """Store the documents' canonical texts (replacing any at the same keys)."""
    SearchText.objects.bulk_create(
        [SearchText(sort_key=d.sort_key, text=t) for d, t in zip(docs, texts, strict=True)],
        update_conflicts=True,
        unique_fields=["sort_key"],
        update_fields=["text"],
    )


def build_entry(doc: SearchDocument) -> IndexEntry:
    """Tokenise a document for the index (title words also carry the title's bigrams).

    The 文号, 索引号 and keywords are matched and ranked as part of the title. The whole text is
    matched, however long; ranking words come from its first ``MAX_INDEX_CHARS`` characters.
    ``match_text`` (the caller stores it in SearchText) is the canonical text of the same parts.
    """
    ensure_dictionary()
    title = _title_text(doc)
    body = _body_text(doc)
    return IndexEntry(
        sort_key=doc.sort_key,
        match_tokens=text.match_tokens(title + "\n" + body),
        title_words=list(dict.fromkeys([*text.words(title), *text.match_tokens(title)])),
        body_words=text.words(body[: text.MAX_INDEX_CHARS]),
        match_text=text.canonical(title) + "\n" + text.canonical(body),
    )


def _sort_key(doc: SearchDocument, when: datetime.datetime) -> int:
    """Publication second, then a hash of the source, bumped past any other document's key."""
    seconds = int(when.timestamp() // 1)
    if doc.sort_key is not None and doc.sort_key // KEY_SHIFT == seconds:
        return doc.sort_key
    key = (
        seconds * KEY_SHIFT + zlib.crc32(f"{doc.object_type}:{doc.object_id}".encode()) % KEY_SHIFT
    )
    taken = SearchDocument.objects.exclude(pk=doc.pk).filter(sort_key__gte=key)
    while taken.filter(sort_key=key).exists():
        key += 1
    return key


def index_upsert(
    *,
    object_type: str,
    object_id: int | str,
    title: str,
    body: str,
    url: str,
    org: Organisation | None = None,
    kind: str = SearchDocument.Kind.ITEM,
    theme: str = "",
    genre: str = "",
    year: int | None = None,
    validity: str = "",
    published_at: datetime.datetime | None = None,
    attachments_text: str = "",
    is_public: bool = True,
    doc_number: str = "",
    index_number: str = "",
    keywords: str = "",
) -> SearchDocument:
    """Create or replace the searchable copy of a source object (publish or amend).

    ``org`` is an ``orgs.Organisation`` or None. A non-public document is stored but kept out of
    the index. ``year`` defaults to the publication year. ``doc_number`` (文号), ``index_number``
    (索引号) and ``keywords`` are searchable like the title.
    """
    object_type = str(object_type)[:64]
    object_id = str(object_id)[:64]
    if published_at is not None and timezone.is_naive(published_at):
        published_at = timezone.make_aware(published_at)
    when = published_at or timezone.now()
    backend = get_backend()
    with transaction.atomic():
        doc = (
            SearchDocument.objects.select_for_update()
            .filter(object_type=object_type, object_id=object_id)
            .first()
        ) or SearchDocument(object_type=object_type, object_id=object_id, sort_key=None)
        old_key = doc.sort_key
        doc.kind = kind if kind in SearchDocument.Kind.values else SearchDocument.Kind.OTHER
        doc.org = org
        doc.org_name = (getattr(org, "name", "") or "")[:200]
        doc.title = (title or "")[:500]
        doc.body = body or ""
        doc.attachments_text = attachments_text or ""
        doc.url = (url or "")[:500]
        doc.doc_number = (doc_number or "")[:100]
        doc.index_number = (index_number or "")[:64]
        doc.keywords = (keywords or "")[:200]
        doc.theme = (theme or "")[:100]
        doc.genre = (genre or "")[:100]
        doc.doc_class = doc_classes.doc_class(doc.doc_number)
        doc.validity = (validity or "")[:32]
        doc.published_at = published_at
        doc.year = year if year is not None else timezone.localtime(when).year
        doc.is_public = is_public
        doc.sort_key = _sort_key(doc, when)
        doc.save()
        if old_key is not None and (old_key != doc.sort_key or not is_public):
            backend.remove([old_key])
            SearchText.objects.filter(sort_key=old_key).delete()
        if is_public:
            entry = build_entry(doc)
            backend.upsert([entry], replace=old_key == doc.sort_key)
            _save_texts([doc], [entry.match_text])
    return doc


def index_remove(*, object_type: str, object_id: int | str) -> bool:
    """Delete a source object's searchable copy (withdrawal); return whether there was one."""
    with transaction.atomic():
        doc = (
            SearchDocument.objects.select_for_update()
            .filter(object_type=str(object_type), object_id=str(object_id))
            .first()
        )
        if doc is None:
            return False
        get_backend().remove([doc.sort_key])
        SearchText.objects.filter(sort_key=doc.sort_key).delete()
        doc.delete()
    return True


def reindex_all(*, batch_size: int = 500) -> int:
    """Rebuild the whole index from the stored documents (after dictionary changes)."""
    backend = get_backend()
    done = 0
    with transaction.atomic():
        backend.clear()
        SearchText.objects.all().delete()
        batch: list[IndexEntry] = []
        docs: list[SearchDocument] = []
        for doc in SearchDocument.objects.filter(is_public=True).iterator(chunk_size=batch_size):
            batch.append(build_entry(doc))
            docs.append(doc)
            if len(batch) >= batch_size:
                backend.upsert(batch, replace=False)
                _save_texts(docs, [e.match_text for e in batch])
                done += len(batch)
                batch, docs = [], []
        backend.upsert(batch, replace=False)
        _save_texts(docs, [e.match_text for e in batch])
        done += len(batch)
    return done
