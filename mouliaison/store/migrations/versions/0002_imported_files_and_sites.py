"""imported files, sites, where each version came from

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('imported_files',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('exporting_site', sa.String(length=36), nullable=True),
    sa.Column('exporting_office', sa.Text(), nullable=True),
    sa.Column('imported_at', sa.Text(), nullable=False),
    sa.Column('report_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_files'))
    )
    with op.batch_alter_table('imported_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_files_sha256'), ['sha256'], unique=False)

    op.create_table('sites',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('office_name', sa.Text(), nullable=True),
    sa.Column('party', sa.Text(), nullable=True),
    sa.Column('last_seen', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sites'))
    )
    with op.batch_alter_table('versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('received_from', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_versions_received_from_imported_files'), 'imported_files', ['received_from'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('versions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_versions_received_from_imported_files'), type_='foreignkey')
        batch_op.drop_column('received_from')

    op.drop_table('sites')
    with op.batch_alter_table('imported_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_files_sha256'))

    op.drop_table('imported_files')
