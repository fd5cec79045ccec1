// The server address rules: https except on this machine, no credentials in the URL, CouchDB database names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { databaseUrl, SyncSetupError } from '../../main/sync/connection';

test('https is required except for localhost and 127.0.0.1', () => {
  assert.equal(
    databaseUrl({ server: 'https://couch.example.org', db: 'newsroom' }),
    'https://couch.example.org/newsroom',
  );
  assert.equal(databaseUrl({ server: 'http://127.0.0.1:5984/', db: 'desk' }), 'http://127.0.0.1:5984/desk');
  assert.equal(databaseUrl({ server: 'http://localhost:5984', db: 'desk' }), 'http://localhost:5984/desk');
  for (const server of ['http://couch.example.org', 'http://10.0.0.5:5984', 'http://127.0.0.1.example.org']) {
    assert.throws(() => databaseUrl({ server, db: 'desk' }), /must be reached over https/);
  }
});

test('credentials in the URL, other schemes and bad database names are refused with a message', () => {
  assert.throws(() => databaseUrl({ server: 'https://ann:secret@couch.example.org', db: 'desk' }), SyncSetupError);
  assert.throws(() => databaseUrl({ server: 'ftp://couch.example.org', db: 'desk' }), /not a server address/);
  assert.throws(() => databaseUrl({ server: 'https://couch.example.org', db: 'Desk' }), /not a CouchDB database name/);
  assert.throws(
    () => databaseUrl({ server: 'https://couch.example.org', db: '_users' }),
    /not a CouchDB database name/,
  );
});
