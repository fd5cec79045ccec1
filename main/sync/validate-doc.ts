// The one shape check for synced documents. CouchDB runs it as the design document's validate_doc_update (so a
// hostile client cannot store a document of the wrong shape or one signed with another user's name), and the
// client runs the very same source on every document it receives before it touches the workspace (a server such
// as pouchdb-server, or an admin, may let through what a member could not write). Plain ES5: CouchDB's
// JavaScript engine runs it as written.
export const VALIDATE_SOURCE = String.raw`function (newDoc, oldDoc, userCtx, secObj) {
  function refuse(why) { throw ({ forbidden: why }); }
  function isString(v, max) { return typeof v === 'string' && v.length <= max; }
  function isObject(v) { return typeof v === 'object' && v !== null && !Array.isArray(v); }
  function onlyKeys(o, allowed, what) {
    for (var k in o) {
      if (allowed.indexOf(k) === -1 && k.charAt(0) !== '_') refuse(what + ' has an unknown field "' + k + '"');
    }
  }
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1) refuse('only an admin may change the design document');
    return;
  }
  if (!isString(newDoc.by, 200) || newDoc.by === '') refuse('every document must be signed (by)');
  if (userCtx.name !== null && newDoc.by !== userCtx.name) {
    refuse('the document is signed by "' + newDoc.by + '" but was written by "' + userCtx.name + '"');
  }
  if (newDoc._deleted === true) return;
  var type = newDoc.type;
  if (['review', 'article', 'outlet', 'comment'].indexOf(type) === -1) refuse('unknown document type');
  if (id.indexOf(type + ':') !== 0) refuse('the id of a ' + type + ' must start with "' + type + ':"');
  var size = JSON.stringify(newDoc).length;
  if (size > (type === 'article' ? 30000000 : 500000)) refuse('the document is too large');
  if (type === 'review') {
    onlyKeys(newDoc, ['type', 'by', 'articleId', 'claimId', 'review'], 'a review');
    if (!isString(newDoc.articleId, 200) || !isString(newDoc.claimId, 200)) {
      refuse('a review names its article and claim');
    }
    if (id !== 'review:' + newDoc.articleId + ':' + newDoc.claimId) refuse('a review id is review:ARTICLE:CLAIM');
    var r = newDoc.review;
    if (!isObject(r)) refuse('a review document holds a review');
    if (r.claimId !== newDoc.claimId) refuse('the review belongs to another claim');
    if (['pending', 'verified', 'disputed', 'unsourced'].indexOf(r.status) === -1) refuse('unknown review status');
    if (!isString(r.note, 100000) || !isString(r.reviewer, 200) || !isString(r.updatedAt, 40)) {
      refuse('a review has a note, a reviewer and a time');
    }
    if (!isObject(r.anchor) || !isString(r.anchor.quote, 1000000)) refuse('a review has an anchor');
    if (!Array.isArray(r.history)) refuse('a review has a history');
    for (var i = 0; i < r.history.length; i++) {
      var h = r.history[i];
      if (!isObject(h) || !isString(h.at, 40) || !isString(h.by, 200) || !isString(h.field, 20)) {
        refuse('history entry ' + i + ' has the wrong shape');
      }
    }
    if (r.evidence !== undefined) {
      if (!Array.isArray(r.evidence)) refuse('evidence is a list');
      for (var j = 0; j < r.evidence.length; j++) {
        var e = r.evidence[j];
        if (!isObject(e) || !isString(e.id, 200) || !isString(e.url, 4000) || !/^https?:\/\//i.test(e.url)) {
          refuse('evidence ' + j + ' needs an id and an http(s) link');
        }
      }
    }
    if (r.conflict !== undefined) refuse('a review is stored without its local conflict view');
  } else if (type === 'article') {
    onlyKeys(newDoc, ['type', 'by', 'articleId', 'meta', 'record'], 'an article');
    if (!isString(newDoc.articleId, 200) || id !== 'article:' + newDoc.articleId) refuse('an article id is article:ID');
    if (!isObject(newDoc.meta) || !isString(newDoc.meta.title, 2000)) refuse('an article has a title');
    if (newDoc.record !== undefined) {
      var a = newDoc.record;
      if (!isObject(a) || a.id !== newDoc.articleId || typeof a.text !== 'string' || !Array.isArray(a.claims)) {
        refuse('a shared article text has the wrong shape');
      }
    }
  } else if (type === 'outlet') {
    onlyKeys(newDoc, ['type', 'by', 'outlet'], 'an outlet');
    var o = newDoc.outlet;
    if (!isObject(o) || !isString(o.id, 200) || id !== 'outlet:' + o.id || !isString(o.name, 500)) {
      refuse('an outlet has an id and a name');
    }
    if (!Array.isArray(o.aliases) || !Array.isArray(o.domains)) refuse('an outlet has aliases and domains');
  } else if (type === 'comment') {
    onlyKeys(newDoc, ['type', 'by', 'articleId', 'claimId', 'text', 'at', 'author'], 'a comment');
    if (!isString(newDoc.articleId, 200) || !isString(newDoc.claimId, 200)) refuse('a comment names its claim');
    if (!isString(newDoc.text, 20000) || newDoc.text === '' || !isString(newDoc.at, 40)) refuse('a comment has text');
    if (oldDoc && !oldDoc._deleted && oldDoc.by !== newDoc.by) refuse('only its author may edit a comment');
  }
}`;

export interface ValidationRefusal {
  forbidden: string;
}

type Validator = (newDoc: unknown, oldDoc: unknown, userCtx: { name: string | null; roles: string[] }) => void;

let compiled: Validator | null = null;

/** Why a document received from the server must not enter the workspace, or null when it may. */
export function documentProblem(doc: Record<string, unknown>): string | null {
  // The same source CouchDB runs; the client is not the signer, so the name check is skipped (name null).
  compiled ??= new Function(`return (${VALIDATE_SOURCE});`)() as Validator;
  try {
    compiled(doc, null, { name: null, roles: [] });
    return null;
  } catch (e) {
    const refusal = e as Partial<ValidationRefusal>;
    if (typeof refusal?.forbidden === 'string') return refusal.forbidden;
    return (e as Error)?.message ?? String(e);
  }
}

/** The design document that makes CouchDB itself enforce the shapes and signatures. */
export function designDocument(): { _id: string; validate_doc_update: string } {
  return { _id: '_design/claimdesk', validate_doc_update: VALIDATE_SOURCE };
}
