"""export receipts, pseudonym key, merged duplicates

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('export_receipts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('exported_at', sa.Text(), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('profile', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('counts_json', sa.Text(), nullable=False),
    sa.Column('basis_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_receipts'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('cooperation_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('focal_point', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('information_exchange', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pseudonym_key', sa.Text(), nullable=True))

    with op.batch_alter_table('ip_use_approval', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('project_agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))

    with op.batch_alter_table('term', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('term', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('project_agreement', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('ip_use_approval', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('installation', schema=None) as batch_op:
        batch_op.drop_column('pseudonym_key')

    with op.batch_alter_table('information_exchange', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('focal_point', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('cooperation_request', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_column('merged_into')

    op.drop_table('export_receipts')
