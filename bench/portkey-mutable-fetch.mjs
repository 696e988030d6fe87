// Loaded into Portkey's Node (node --import): Node 20's fetch hands back responses whose headers are immutable, and
// Portkey 1.9.8 appends its own header fields to a streamed answer's, which fails with "TypeError: immutable" and a 500
// (Portkey-AI/gateway issues 1389 and 1550). Each response is copied into one with mutable headers, as their fix does.
const original = globalThis.fetch;
globalThis.fetch = async (...args) => {
  const r = await original(...args);
  return new Response(r.body, { status: r.status, statusText: r.statusText, headers: new Headers(r.headers) });
};
