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

# The record types of this revision: table, title column, main date column.
TABLES = (
    ('agreement', 'title', None),
    ('party', 'code', None),
    ('office', 'name', None),
    ('organisation', 'name', None),
    ('contact', 'full_name', None),
    ('focal_point', 'contact', 'start_date'),
    ('activity', 'title', 'start_date'),
    ('meeting', 'title', 'date'),
    ('action_item', 'description', None),
    ('information_exchange', 'subject', 'date'),
    ('cooperation_request', 'subject', 'requested_on'),
    ('project_agreement', 'title', 'start_date'),
    ('ip_use_approval', 'purpose', 'requested_on'),
    ('consent_record', 'recipient', 'given_on'),
    ('term', 'code', None),
)


def upgrade() -> None:
    for name, title, date in TABLES:
        op.add_column(name, sa.Column('search_text', sa.Text(), nullable=True))
        op.create_index(f'ix_{name}_by_title', name, ['deleted', sa.text(f'lower({title})'), 'id'])
        if date is not None:
            op.create_index(f'ix_{name}_by_date', name, ['deleted', date, 'id'])
    search_index.create_fts(op.get_bind(), [name for name, _title, _date in TABLES])


def downgrade() -> None:
    search_index.drop_fts(op.get_bind(), [name for name, _title, _date in TABLES])
    for name, _title, date in TABLES:
        if date is not None:
            op.drop_index(f'ix_{name}_by_date', name)
        op.drop_index(f'ix_{name}_by_title', name)
        with op.batch_alter_table(name) as batch_op:
            batch_op.drop_column('search_text')
