"""The audit trail's hash chain: canonical content of an entry and its SHA-256 link.

Each entry stores the hash of the entry before it and its own hash over (previous hash +
canonical content). Editing, deleting, inserting or reordering entries by hand then breaks
a link that `verify_chain` names. Without a secret key this detects tampering by anyone
who does not also recompute every later hash; it is a seal, not a signature.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from asn_desktop.domain.pesan import pesan

__all__ = [
    "GENESIS_HASH",
    "ChainBreak",
    "ChainEntry",
    "canonical_changes",
    "canonical_content",
    "entry_hash",
    "verify_chain",
]

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class ChainEntry:
    seq: int
    at: datetime
    username: str
    action: str
    entity_type: str
    entity_uuid: str
    subject_uuid: str
    entity_label: str
    changes: str  # canonical JSON text, as stored
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    kind: str  # "edited", "deleted", "inserted", "reordered", "truncated"
    message: str


def _utc_text(at: datetime) -> str:
    if at.tzinfo is None:  # SQLite hands stored UTC back without a zone
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_changes(changes: Mapping[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_content(
    *,
    at: datetime,
    username: str,
    action: str,
    entity_type: str,
    entity_uuid: str,
    subject_uuid: str,
    entity_label: str,
    changes: str,
    detail: str,
) -> str:
    # The sequence number is deliberately not hashed: order is sealed by the links, so a
    # swap of two entries shows as "reordered" rather than as two edited entries.
    return json.dumps(
        [
            _utc_text(at),
            username,
            action,
            entity_type,
            entity_uuid,
            subject_uuid,
            entity_label,
            changes,
            detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def entry_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def _content_of(entry: ChainEntry) -> str:
    return canonical_content(
        at=entry.at,
        username=entry.username,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_uuid=entry.entity_uuid,
        subject_uuid=entry.subject_uuid,
        entity_label=entry.entity_label,
        changes=entry.changes,
        detail=entry.detail,
    )


def verify_chain(
    entries: Iterable[ChainEntry],
    head: tuple[int, str] | None,
    find_seq: Callable[[str], int | None] | None = None,
) -> ChainBreak | None:
    """The first break in `entries` (ordered by seq), or None when the chain is whole.

    One pass, holding one entry at a time (a city's trail has millions). `head` is the
    (seq, hash) of the newest entry as recorded beside the chain; it shows entries removed
    from the end, which no link can. `find_seq(hash)` names the entry with that hash, to
    tell a reordering from an insertion once a link is found broken.
    """
    prev_hash, prev_seq = GENESIS_HASH, 0
    seen_any = False
    for entry in entries:
        seen_any = True
        if entry_hash(entry.prev_hash, _content_of(entry)) != entry.hash:
            return ChainBreak(
                entry.seq,
                "edited",
                pesan(
                    "Catatan audit #{seq} diubah di luar program (isinya tidak cocok dengan "
                    "segelnya).",
                    seq=entry.seq,
                ),
            )
        if entry.prev_hash != prev_hash:
            linked = find_seq(entry.prev_hash) if find_seq is not None else None
            if linked is not None and linked > entry.seq:
                return ChainBreak(
                    entry.seq,
                    "reordered",
                    f"Urutan catatan audit diubah di luar program: #{entry.seq} seharusnya "
                    f"sesudah #{linked}.",
                )
            if entry.seq > prev_seq + 1:
                gone = prev_seq + 1
                span = f"#{gone}" if entry.seq == gone + 1 else f"#{gone}-#{entry.seq - 1}"
                return ChainBreak(
                    gone,
                    "deleted",
                    pesan(
                        "Catatan audit {span} dihapus di luar program (rantai putus sebelum "
                        "#{seq}).",
                        span=span,
                        seq=entry.seq,
                    ),
                )
            if linked is not None and linked < prev_seq:
                return ChainBreak(
                    prev_seq,
                    "inserted",
                    pesan(
                        "Catatan audit #{prev_seq} disisipkan di luar program (tidak ada dalam "
                        "rantai).",
                        prev_seq=prev_seq,
                    ),
                )
            return ChainBreak(
                entry.seq,
                "inserted",
                pesan(
                    "Rantai catatan audit putus di #{seq}: catatan sebelumnya disisipkan, "
                    "dihapus atau diubah di luar program.",
                    seq=entry.seq,
                ),
            )
        if entry.seq != prev_seq + 1:
            return ChainBreak(
                entry.seq,
                "edited",
                pesan(
                    "Nomor catatan audit #{seq} diubah di luar program (seharusnya #{nilai}).",
                    seq=entry.seq,
                    nilai=prev_seq + 1,
                ),
            )
        prev_hash, prev_seq = entry.hash, entry.seq
    if head is not None and (prev_seq, prev_hash) != head:
        if head[0] > prev_seq:
            return ChainBreak(
                prev_seq + 1,
                "truncated",
                pesan(
                    "Catatan audit #{nilai}-#{head} (yang terbaru) dihapus di luar program.",
                    nilai=prev_seq + 1,
                    head=head[0],
                ),
            )
        return ChainBreak(
            prev_seq,
            "inserted",
            pesan(
                "Catatan audit #{prev_seq} ditambahkan di luar program (tidak cocok dengan "
                "ujung rantai yang tercatat).",
                prev_seq=prev_seq,
            ),
        )
    if head is None and seen_any:
        return ChainBreak(
            prev_seq, "edited", pesan("Ujung rantai catatan audit yang tercatat hilang.")
        )
    return None
