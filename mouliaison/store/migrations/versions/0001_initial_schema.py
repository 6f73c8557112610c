"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('action_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('meeting', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('owner', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    op.create_table('activity',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('thematic_areas', sa.JSON(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('lead_party', sa.String(length=36), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('planned_start_date', sa.Date(), nullable=True),
    sa.Column('planned_end_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('countries', sa.JSON(), nullable=True),
    sa.Column('places', sa.Text(), nullable=True),
    sa.Column('organisations', sa.JSON(), nullable=True),
    sa.Column('participants', sa.JSON(), nullable=True),
    sa.Column('participants_women', sa.Integer(), nullable=True),
    sa.Column('participants_men', sa.Integer(), nullable=True),
    sa.Column('first_party_resources', sa.Text(), nullable=True),
    sa.Column('second_party_resources', sa.Text(), nullable=True),
    sa.Column('outcomes', sa.Text(), nullable=True),
    sa.Column('follow_up', sa.Text(), nullable=True),
    sa.Column('project_agreement', sa.String(length=36), nullable=True),
    sa.Column('first_party_confirmed_by', sa.String(length=36), nullable=True),
    sa.Column('first_party_confirmed_on', sa.Date(), nullable=True),
    sa.Column('second_party_confirmed_by', sa.String(length=36), nullable=True),
    sa.Column('second_party_confirmed_on', sa.Date(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    op.create_table('agreement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('reference', sa.Text(), nullable=True),
    sa.Column('first_party', sa.String(length=36), nullable=True),
    sa.Column('second_party', sa.String(length=36), nullable=True),
    sa.Column('first_party_signed_on', sa.Date(), nullable=True),
    sa.Column('first_party_signed_at', sa.Text(), nullable=True),
    sa.Column('first_party_signatory', sa.Text(), nullable=True),
    sa.Column('second_party_signed_on', sa.Date(), nullable=True),
    sa.Column('second_party_signed_at', sa.Text(), nullable=True),
    sa.Column('second_party_signatory', sa.Text(), nullable=True),
    sa.Column('entry_into_force', sa.Date(), nullable=True),
    sa.Column('termination_notice_months', sa.Integer(), nullable=True),
    sa.Column('termination_notice_on', sa.Date(), nullable=True),
    sa.Column('termination_notice_by', sa.String(length=36), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('amendments', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    op.create_table('conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=80), nullable=False),
    sa.Column('heads_json', sa.Text(), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_conflicts_record', ['entity', 'record_id'], unique=False)

    op.create_table('consent_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('contact', sa.String(length=36), nullable=True),
    sa.Column('recipient', sa.Text(), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('method', sa.Text(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.Text(), nullable=True),
    sa.Column('withdraws', sa.String(length=36), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_record'))
    )
    op.create_table('contact',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('organisation', sa.String(length=36), nullable=True),
    sa.Column('party', sa.String(length=36), nullable=True),
    sa.Column('office', sa.String(length=36), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    op.create_table('cooperation_request',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('requesting_party', sa.String(length=36), nullable=True),
    sa.Column('requested_party', sa.String(length=36), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('response', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cooperation_request'))
    )
    op.create_table('focal_point',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('contact', sa.String(length=36), nullable=True),
    sa.Column('party', sa.String(length=36), nullable=True),
    sa.Column('level', sa.Text(), nullable=True),
    sa.Column('thematic_areas', sa.JSON(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_focal_point'))
    )
    op.create_table('information_exchange',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('from_party', sa.String(length=36), nullable=True),
    sa.Column('to_party', sa.String(length=36), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('documents', sa.Text(), nullable=True),
    sa.Column('classification', sa.Text(), nullable=True),
    sa.Column('activity', sa.String(length=36), nullable=True),
    sa.Column('project_agreement', sa.String(length=36), nullable=True),
    sa.Column('first_party_confirmed_by', sa.String(length=36), nullable=True),
    sa.Column('first_party_confirmed_on', sa.Date(), nullable=True),
    sa.Column('second_party_confirmed_by', sa.String(length=36), nullable=True),
    sa.Column('second_party_confirmed_on', sa.Date(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_information_exchange'))
    )
    op.create_table('ip_use_approval',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_party', sa.String(length=36), nullable=True),
    sa.Column('user_party', sa.String(length=36), nullable=True),
    sa.Column('item', sa.Text(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('requested_by', sa.String(length=36), nullable=True),
    sa.Column('approved_by', sa.String(length=36), nullable=True),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('instructions', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ip_use_approval'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('organiser_party', sa.String(length=36), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('online', sa.Boolean(), nullable=True),
    sa.Column('attendees', sa.JSON(), nullable=True),
    sa.Column('agenda', sa.Text(), nullable=True),
    sa.Column('decisions', sa.Text(), nullable=True),
    sa.Column('activity', sa.String(length=36), nullable=True),
    sa.Column('first_party_confirmed_by', sa.String(length=36), nullable=True),
    sa.Column('first_party_confirmed_on', sa.Date(), nullable=True),
    sa.Column('second_party_confirmed_by', sa.String(length=36), nullable=True),
    sa.Column('second_party_confirmed_on', sa.Date(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    op.create_table('office',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('party', sa.String(length=36), nullable=True),
    sa.Column('level', sa.Text(), nullable=True),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('town', sa.Text(), nullable=True),
    sa.Column('other_party_present', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('acronym', sa.Text(), nullable=True),
    sa.Column('organisation_type', sa.Text(), nullable=True),
    sa.Column('country', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('party',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.Text(), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('headquarters', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party'))
    )
    op.create_table('project_agreement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('reference', sa.Text(), nullable=True),
    sa.Column('first_party_signed_on', sa.Date(), nullable=True),
    sa.Column('second_party_signed_on', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('first_party_roles', sa.Text(), nullable=True),
    sa.Column('second_party_roles', sa.Text(), nullable=True),
    sa.Column('first_party_resources', sa.Text(), nullable=True),
    sa.Column('second_party_resources', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_agreement'))
    )
    op.create_table('term',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('vocabulary', sa.Text(), nullable=True),
    sa.Column('code', sa.Text(), nullable=True),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('parent', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('conflicted', sa.Boolean(), nullable=False),
    sa.Column('created_stamp', sa.BigInteger(), nullable=False),
    sa.Column('updated_stamp', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_term'))
    )
    op.create_table('versions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('stamp', sa.BigInteger(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=36), nullable=True),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.Column('parents_json', sa.Text(), nullable=False),
    sa.Column('received_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_versions'))
    )
    with op.batch_alter_table('versions', schema=None) as batch_op:
        batch_op.create_index('ix_versions_record', ['entity', 'record_id'], unique=False)

    op.create_table('installation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.Text(), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=True),
    sa.Column('clock', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_installation_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_installation'))
    )


def downgrade() -> None:
    op.drop_table('installation')
    with op.batch_alter_table('versions', schema=None) as batch_op:
        batch_op.drop_index('ix_versions_record')

    op.drop_table('versions')
    op.drop_table('term')
    op.drop_table('project_agreement')
    op.drop_table('party')
    op.drop_table('organisation')
    op.drop_table('office')
    op.drop_table('meeting')
    op.drop_table('ip_use_approval')
    op.drop_table('information_exchange')
    op.drop_table('focal_point')
    op.drop_table('cooperation_request')
    op.drop_table('contact')
    op.drop_table('consent_record')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_conflicts_record')

    op.drop_table('conflicts')
    op.drop_table('agreement')
    op.drop_table('activity')
    op.drop_table('action_item')
