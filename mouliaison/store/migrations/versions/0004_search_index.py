"""search index: each record's searchable text, FTS5 over it on SQLite, indexes for the usual orders

The text itself is computed after the upgrade (store.search_index.fill_search_index), by the
code of the release that runs it: this migration only makes room for it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mouliaison.store import search_index

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# The record types of this revision: table, title column, the date columns a table is sorted by.
TABLES = (
    ('agreement', 'title', ()),
    ('party', 'code', ()),
    ('office', 'name', ()),
    ('organisation', 'name', ()),
    ('contact', 'full_name', ()),
    ('focal_point', 'contact', ('start_date',)),
    ('activity', 'title', ('start_date', 'planned_start_date')),
    ('meeting', 'title', ('date',)),
    ('action_item', 'description', ()),
    ('information_exchange', 'subject', ('date',)),
    ('cooperation_request', 'subject', ('requested_on',)),
    ('project_agreement', 'title', ('start_date',)),
    ('ip_use_approval', 'purpose', ('requested_on',)),
    ('consent_record', 'recipient', ('given_on',)),
    ('term', 'code', ()),
)
FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2', prefix='2 3'"


def upgrade() -> None:
    for name, title, dates in TABLES:
        op.add_column(name, sa.Column('search_text', sa.Text(), nullable=True))
        op.create_index(f'ix_{name}_by_title', name, ['deleted', sa.text(f'lower({title})'), 'id'])
        for date in dates:
            op.create_index(f'ix_{name}_by_{date}', name, ['deleted', date, 'id'])
    search_index.create_fts(op.get_bind(), [name for name, _title, _dates in TABLES], FTS_OPTIONS)


def downgrade() -> None:
    search_index.drop_fts(op.get_bind(), [name for name, _title, _dates in TABLES])
    for name, _title, dates in TABLES:
        for date in dates:
            op.drop_index(f'ix_{name}_by_{date}', name)
        op.drop_index(f'ix_{name}_by_title', name)
        with op.batch_alter_table(name) as batch_op:
            batch_op.drop_column('search_text')
