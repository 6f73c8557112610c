"""The database schema: bookkeeping models, and one current-state table per record type.

Bookkeeping (this installation, the versions, the conflicts) is written as typed ORM
models. The current-state tables follow the domain's record types column for column, so
they are built from those definitions rather than written out a second time; the
migrations freeze each revision of them.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    column,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from mouliaison.domain import filtering
from mouliaison.domain.fields import Field, Kind
from mouliaison.domain.record_types import RECORD_TYPES, RecordType

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[type, TypeEngine[Any]]] = {int: Integer(), str: Text()}


class Installation(Base):
    """This copy of the database: its site, its office, its clock. Never exported."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[str] = mapped_column(ID)
    fingerprint: Mapped[str]  # machine and path the site id belongs to
    office_id: Mapped[str | None] = mapped_column(ID, ForeignKey("office.id"))
    clock: Mapped[int] = mapped_column(BigInteger)  # last HLC stamp issued or seen
    created_at: Mapped[str]
    pseudonym_key: Mapped[str | None]  # secret of this database's pseudonyms (MOU 3.6); never exported


class VersionRow(Base):
    """One version of the grow-only set; never updated, never deleted."""

    __tablename__ = "versions"
    __table_args__ = (Index("ix_versions_record", "entity", "record_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(ID)
    stamp: Mapped[int] = mapped_column(BigInteger)
    site_id: Mapped[str] = mapped_column(ID)
    origin: Mapped[str] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(ID)
    values_json: Mapped[str]
    parents_json: Mapped[str]
    received_at: Mapped[str]  # device time this copy first held it
    received_from: Mapped[str | None] = mapped_column(ForeignKey("imported_files.id"))  # the file that brought it


class ImportedFile(Base):
    """A workbook this database has imported: so a second import says "already imported"."""

    __tablename__ = "imported_files"

    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the file id written at export
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str]
    exporting_site: Mapped[str | None] = mapped_column(ID)
    exporting_office: Mapped[str | None]
    imported_at: Mapped[str]
    report_json: Mapped[str]


class ExportReceipt(Base):
    """An export this database made: to whom, under which profile, on which consent."""

    __tablename__ = "export_receipts"

    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the file id written in the workbook
    file_name: Mapped[str]
    exported_at: Mapped[str]
    recipient: Mapped[str]
    profile: Mapped[str]
    sha256: Mapped[str] = mapped_column(String(64))  # of the file as written
    counts_json: Mapped[str]  # rows per record type; contacts included, pseudonymised, left out
    basis_json: Mapped[str]  # per contact whose personal data went out: the consent that allowed it


class Site(Base):
    """An office's installation seen in a workbook, for showing who made a version."""

    __tablename__ = "sites"

    site_id: Mapped[str] = mapped_column(ID, primary_key=True)
    office_name: Mapped[str | None]
    party: Mapped[str | None]
    last_seen: Mapped[str]


class ConflictRow(Base):
    """An open conflict, derived from the versions: one per record and field."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_record", "entity", "record_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(80))
    heads_json: Mapped[str]  # version ids, the one shown first
    values_json: Mapped[str]  # the value of each head


def _column_type(field: Field) -> TypeEngine[Any]:
    kind = field.kind
    if kind is Kind.DATE:
        return Date()
    if kind is Kind.INTEGER:
        return Integer()
    if kind is Kind.BOOLEAN:
        return Boolean()
    if kind is Kind.REFERENCE:
        return ID
    if kind.is_list:  # PostgreSQL: jsonb, which (unlike json) can be compared, grouped and made distinct
        return JSON().with_variant(JSONB(), "postgresql")
    return Text()


def _record_table(record_type: RecordType) -> Table:
    return Table(
        record_type.name,
        Base.metadata,
        Column("id", ID, primary_key=True),
        *(Column(f.key, _column_type(f), nullable=True) for f in record_type.fields),
        Column("deleted", Boolean(), nullable=False, default=False),
        Column("conflicted", Boolean(), nullable=False, default=False),
        Column("merged_into", ID, nullable=True),  # a duplicate merged into another record
        Column("created_stamp", BigInteger(), nullable=False),
        Column("updated_stamp", BigInteger(), nullable=False),
        Column("search_text", Text(), nullable=True),  # what the record is found by (store.search_index)
        *_listing_indexes(record_type),
    )


def _listing_indexes(record_type: RecordType) -> list[Index]:
    """The table's usual orders (by title, by its main dates) read from an index, not a sort of
    every row."""
    name = record_type.name
    indexes = [Index(f"ix_{name}_by_title", "deleted", func.lower(column(record_type.title_field)), "id")]
    for key in filtering.INDEXED_DATE_FIELDS:  # an action item's due date has none: items are few
        field = record_type.field(key)
        if field is not None and field.kind is Kind.DATE:
            indexes.append(Index(f"ix_{name}_by_{key}", "deleted", key, "id"))
    return indexes


RECORD_TABLES: dict[str, Table] = {name: _record_table(t) for name, t in RECORD_TYPES.items()}


class OfficeKey(Base):
    """A signing key (Ed25519 public key) of an office: this database's own, or one it was shown.

    status: "own" (this database signs with it), "trusted" (a person confirmed it, or a
    published list or a rotation signed by a trusted key vouched for it), "seen" (met in a
    file, not confirmed), "revoked" (versions it signed after `revoked_stamp` are refused).
    """

    __tablename__ = "office_keys"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_id: Mapped[str] = mapped_column(ID, index=True)
    office_name: Mapped[str | None]
    public_key: Mapped[str]  # base64 of the 32 raw bytes
    status: Mapped[str] = mapped_column(String(20))
    source: Mapped[str]  # how it came to be trusted: own, person, first use, approved list, rotation
    added_at: Mapped[str]
    revoked_stamp: Mapped[int | None] = mapped_column(BigInteger)


class KeyRecord(Base):
    """A signed statement about keys that travels in every export: a rotation (an office's old
    key names its new one), a revocation, or headquarters' list of approved keys."""

    __tablename__ = "key_records"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the body
    kind: Mapped[str] = mapped_column(String(20))
    body_json: Mapped[str]
    signer: Mapped[str] = mapped_column(String(64))  # fingerprint of the key that signed it
    signature: Mapped[str]
    received_at: Mapped[str]


class HistoryHead(Base):
    """The newest head of an office's hash-chained history seen in a file it signed."""

    __tablename__ = "history_heads"

    site_id: Mapped[str] = mapped_column(ID, primary_key=True)
    length: Mapped[int]
    head: Mapped[str] = mapped_column(String(64))
    export_stamp: Mapped[int] = mapped_column(BigInteger)
    file_id: Mapped[str] = mapped_column(ID)
    seen_at: Mapped[str]
