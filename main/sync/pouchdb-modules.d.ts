// The PouchDB packages ship no type declarations; ./pouch.ts gives the parts sync uses their types.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-leveldb';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
