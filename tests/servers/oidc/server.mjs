// A real OpenID Connect provider (npm oidc-provider, certified) for the hub's security tests, started by
// scripts/test.sh: `node tests/servers/oidc/server.mjs <port>` (or OIDC_PORT), listening on 127.0.0.1 only.
// Every client, secret, agent and password below is a synthetic test value: none is valid anywhere else.
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.OIDC_PORT ?? 0);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node server.mjs <port>  (or OIDC_PORT=<port>)');
  process.exit(64);
}
const issuer = `http://127.0.0.1:${port}`;

// The audience the hub validates (tests set Hub:Auth:Audience to it), and a second API whose tokens the hub must refuse.
const HUB_API = 'urn:lda-hub:api';
const OTHER_API = 'urn:lda-hub:test-other-api';

// Partner systems calling in: client credentials, one client per connector.
const connector = (name) => ({
  client_id: `${name}-connector`,
  client_secret: `test-only-${name}-secret-not-real`,
  grant_types: ['client_credentials'],
  response_types: [],
  redirect_uris: [],
  token_endpoint_auth_method: 'client_secret_basic',
});

// The console: authorization code + PKCE. application_type "native" makes the provider accept the registered
// http loopback redirect URIs on any port (RFC 8252 §7.3), since the hub under test listens on a random port.
const consoleClient = {
  client_id: 'lda-hub-console',
  client_secret: 'test-only-console-secret-not-real',
  application_type: 'native',
  grant_types: ['authorization_code'],
  response_types: ['code'],
  redirect_uris: ['http://127.0.0.1/signin-oidc', 'http://localhost/signin-oidc'],
  token_endpoint_auth_method: 'client_secret_post',
};

// Synthetic agents (example.test is a reserved domain). The password is checked, so a wrong one is refused.
const PASSWORD = 'test-password-not-a-secret';
const agents = new Map([
  ['agent-coordination-001', { email: 'camille.exemple@lda-mulhouse.example.test', name: 'Camille Exemple' }],
  ['agent-referent-002', { email: 'dominique.essai@ccas-mulhouse.example.test', name: 'Dominique Essai' }],
  ['agent-sans-role-003', { email: 'alex.fictif@example.test', name: 'Alex Fictif' }],
  // The console's browser tests: an operator, and a second référent whose households the first must not open.
  ['agent-admin-004', { email: 'claude.operateur@lda-mulhouse.example.test', name: 'Claude Opérateur' }],
  ['agent-referent-005', { email: 'sacha.essai@ccas-mulhouse.example.test', name: 'Sacha Essai' }],
  ['agent-observatoire-006', { email: 'morgan.chiffres@observatoire.example.test', name: 'Morgan Chiffres' }],
]);
const byEmail = (email) => [...agents].find(([, a]) => a.email === email)?.[0];

// An ephemeral signing key per run: nothing to keep, nothing to leak.
const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [connector('siao'), connector('solis'), connector('caf'), connector('cpam'), consoleClient],
  jwks: { keys: [{ ...signingKey, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: ['test-only-cookie-key-not-a-secret'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  pkce: { required: () => true }, // S256 only: oidc-provider does not implement "plain"
  features: {
    devInteractions: { enabled: false }, // replaced by the small login/consent pages below
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // Partner systems that do not send `resource` (RFC 8707) get the hub's audience.
      defaultResource: (ctx, client, oneOf) => oneOf ?? (client.grantTypeAllowed('client_credentials') ? HUB_API : undefined),
      useGrantedResource: () => false,
      getResourceServerInfo: (ctx, resource) => {
        if (resource !== HUB_API && resource !== OTHER_API) throw new errors.InvalidTarget();
        return { audience: resource, scope: 'inbound', accessTokenTTL: 600, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  findAccount: (ctx, sub) => {
    const agent = agents.get(sub);
    return agent && {
      accountId: sub,
      claims: () => ({ sub, email: agent.email, email_verified: true, name: agent.name }),
    };
  },
  // Login and consent pages live at /interaction/{uid} (served below).
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});

const page = (title, form) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1>${form}</body></html>`;

const readForm = async (req) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
};

// GET shows the login form (email + password) or the consent form; POST checks the password or records the grant.
async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new errors.SessionNotFound('interaction mismatch');
  const { prompt, params, session } = details;
  if (req.method === 'GET') {
    const form = prompt.name === 'login'
      ? `<form method="post" action="/interaction/${uid}"><input type="hidden" name="prompt" value="login">` +
        '<input name="email" type="email" required><input name="password" type="password" required>' +
        '<button type="submit">Se connecter</button></form>'
      : `<form method="post" action="/interaction/${uid}"><input type="hidden" name="prompt" value="consent">` +
        `<p>${params.client_id} demande : ${params.scope}</p><button type="submit">Autoriser</button></form>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page(prompt.name === 'login' ? 'Connexion' : 'Autorisation', form));
    return;
  }

  const form = await readForm(req);
  if (form.get('prompt') === 'login' && prompt.name === 'login') {
    const accountId = byEmail(form.get('email'));
    if (!accountId || form.get('password') !== PASSWORD) {
      res.writeHead(401, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Identifiants invalides', ''));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
  } else if (form.get('prompt') === 'consent' && prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [indicator, scope] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scope.join(' '));
    }
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  } else {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`unexpected form for prompt ${prompt.name}`);
  }
}

const handle = provider.callback();
http.createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url, issuer).pathname);
  if (!match) return handle(req, res);
  return interaction(req, res, match[1]).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(err.statusCode ?? 500, { 'content-type': 'text/plain' });
    res.end(err.error_description ?? err.message);
  });
}).listen(port, '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
