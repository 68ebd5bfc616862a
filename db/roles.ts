import pg from 'pg';

/** The group role the least-privilege migration grants to; the app's login role is a member of it. */
export const APP_GROUP_ROLE = 'kinerja_app';

/**
 * Creates (or re-keys) a login role for the app in the cluster at `ownerUrl`, a member of APP_GROUP_ROLE
 * that owns nothing, and returns the URL of `database` for it. Used by the embedded PostgreSQL and the
 * tests; with an external server the administrator creates the role (README "Least privilege").
 */
export async function ensureAppLogin(
  ownerUrl: string,
  login: string,
  password: string,
  database: string,
): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(login)) throw new Error(`invalid role name ${login}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const secret = client.escapeLiteral(password);
    // Roles are cluster-wide; two starts at once may race to create them, hence the exception handlers.
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_GROUP_ROLE}') THEN
        CREATE ROLE ${APP_GROUP_ROLE} NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${login}') THEN
        CREATE ROLE ${login} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE IN ROLE ${APP_GROUP_ROLE};
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
    await client.query(`ALTER ROLE ${login} WITH LOGIN PASSWORD ${secret}`);
    await client.query(`GRANT ${APP_GROUP_ROLE} TO ${login}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = login;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}
