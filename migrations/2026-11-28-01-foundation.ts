import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS btree_gist`.execute(db);

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('Asia/Jakarta'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('opd', 'bidang', 'subbagian')`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // Materialised ancestry ("/1/4/17/") so a subtree is one indexed prefix scan.
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addUniqueConstraint('units_agency_code_key', ['agency_id', 'code'])
    .addCheckConstraint('units_opd_is_root', sql`(kind = 'opd') = (parent_id IS NULL)`)
    .execute();
  await sql`CREATE INDEX units_path_idx ON units (path text_pattern_ops)`.execute(db);
  await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute();

  await db.schema
    .createTable('positions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind IN ('jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana')`,
        ),
    )
    .addColumn('is_unit_head', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('positions_unit_idx').on('positions').column('unit_id').execute();
  await sql`CREATE UNIQUE INDEX positions_one_head_per_unit ON positions (unit_id) WHERE is_unit_head`.execute(
    db,
  );

  await db.schema
    .createTable('employees')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('nip', 'text', (c) => c.notNull().unique().check(sql`nip ~ '^[0-9]{18}$'`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('PNS', 'PPPK')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull().check(sql`gender IN ('L', 'P')`))
    .addColumn('birth_date', 'date', (c) => c.notNull())
    // PNS: TMT CPNS (first of the month in the NIP); PPPK: 1 January of the appointment year.
    .addColumn('tmt', 'date', (c) => c.notNull())
    .addColumn('pangkat', 'text')
    .addColumn('pangkat_tmt', 'date')
    .addColumn('pppk_golongan', 'smallint', (c) => c.check(sql`pppk_golongan BETWEEN 1 AND 17`))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('position_id', 'integer', (c) => c.notNull().references('positions.id'))
    .addColumn('email', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'employees_pangkat_by_kind',
      sql`(kind = 'PNS' AND pangkat IS NOT NULL AND pppk_golongan IS NULL) OR (kind = 'PPPK' AND pangkat IS NULL)`,
    )
    .addCheckConstraint(
      'employees_pangkat_valid',
      sql`pangkat IS NULL OR pangkat IN ('I/a','I/b','I/c','I/d','II/a','II/b','II/c','II/d','III/a','III/b','III/c','III/d','IV/a','IV/b','IV/c','IV/d','IV/e')`,
    )
    .execute();
  await db.schema.createIndex('employees_unit_idx').on('employees').column('unit_id').execute();
  await db.schema.createIndex('employees_position_idx').on('employees').column('position_id').execute();

  // Effective-dated: valid_from inclusive, valid_to exclusive (NULL = still valid).
  await db.schema
    .createTable('supervisions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('supervisor_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('definitive', 'plt', 'plh')`))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('supervisions_not_self', sql`employee_id <> supervisor_id`)
    .addCheckConstraint('supervisions_range', sql`valid_to IS NULL OR valid_to > valid_from`)
    .execute();
  await sql`ALTER TABLE supervisions ADD CONSTRAINT supervisions_one_definitive
    EXCLUDE USING gist (employee_id WITH =, daterange(valid_from, valid_to) WITH &&)
    WHERE (kind = 'definitive')`.execute(db);
  await db.schema
    .createIndex('supervisions_supervisor_idx')
    .on('supervisions')
    .columns(['supervisor_id', 'valid_from'])
    .execute();
  await db.schema
    .createIndex('supervisions_employee_idx')
    .on('supervisions')
    .columns(['employee_id', 'valid_from'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('employee_id', 'integer', (c) => c.primaryKey().references('employees.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('roles', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    // Leadership sees this unit's subtree; NULL means the whole agency.
    .addColumn('scope_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('locale', 'text', (c) => c.check(sql`locale IN ('id', 'en')`))
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('password_changed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('users_roles_valid', sql`roles <@ ARRAY['leadership', 'admin']::text[]`)
    .execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('nip', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // 'fail' and 'success' come from logins; 'unlock' is an admin clearing a lock.
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome IN ('fail', 'success', 'unlock')`))
    .execute();
  await db.schema.createIndex('login_attempts_nip_idx').on('login_attempts').columns(['nip', 'at']).execute();
  await db.schema.createIndex('login_attempts_ip_idx').on('login_attempts').columns(['ip', 'at']).execute();

  await db.schema
    .createTable('periods')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('annual', 'quarterly', 'monthly')`))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status IN ('open', 'closed')`),
    )
    .addUniqueConstraint('periods_unique', ['agency_id', 'year', 'kind', 'seq'])
    .addCheckConstraint('periods_range', sql`ends_on >= starts_on`)
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_id', 'at']).execute();
  await sql`
    CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'periods',
    'login_attempts',
    'users',
    'supervisions',
    'employees',
    'positions',
    'units',
    'agencies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`DROP FUNCTION audit_log_refuse_change()`.execute(db);
}
