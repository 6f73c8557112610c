"""office signing keys, key records that travel, heads of offices' histories (issue 16)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office_keys',
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('office_name', sa.Text(), nullable=True),
    sa.Column('public_key', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('added_at', sa.Text(), nullable=False),
    sa.Column('revoked_stamp', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('fingerprint', name=op.f('pk_office_keys'))
    )
    with op.batch_alter_table('office_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_keys_site_id'), ['site_id'], unique=False)
    op.create_table('key_records',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('body_json', sa.Text(), nullable=False),
    sa.Column('signer', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.Text(), nullable=False),
    sa.Column('received_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_records'))
    )
    op.create_table('history_heads',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('length', sa.Integer(), nullable=False),
    sa.Column('head', sa.String(length=64), nullable=False),
    sa.Column('export_stamp', sa.BigInteger(), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('seen_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_history_heads'))
    )


def downgrade() -> None:
    op.drop_table('history_heads')
    op.drop_table('key_records')
    with op.batch_alter_table('office_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_keys_site_id'))
    op.drop_table('office_keys')
